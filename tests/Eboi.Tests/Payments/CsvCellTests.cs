using Eboi.Payments.Admin;

namespace Eboi.Tests.Payments;

/// <summary>The staff CSV export cannot carry a spreadsheet formula (CSV injection).</summary>
public sealed class CsvCellTests
{
    [Theory]
    [InlineData("=SUM(A1:A2)", "'=SUM(A1:A2)")]
    [InlineData("+48 600", "'+48 600")]
    [InlineData("-5", "'-5")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("=HYPERLINK(\"http://x\";\"y\")", "\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"")]
    [InlineData("Jan Kowalski", "Jan Kowalski")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("P/2026/000123", "P/2026/000123")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Dangerous_first_characters_get_an_apostrophe_and_separators_are_quoted(string? value, string expected)
        => Assert.Equal(expected, CsvCell.Format(value));

    [Fact]
    public void A_row_joins_cells_with_semicolons_and_ends_with_crlf()
        => Assert.Equal("P/2026/000001;'=1+1;\"x;y\"\r\n", CsvCell.Row(["P/2026/000001", "=1+1", "x;y"]));
}
