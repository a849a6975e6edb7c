using Eboi.Cases;

namespace Eboi.Tests.Cases;

/// <summary>The znak sprawy parser and generator against every vector of domain-pl.md §9, and what must not parse.</summary>
public sealed class CaseSignTests
{
    [Theory]
    [InlineData("ON.I.301.1.2020", "ON.I", "301", null, 1, 2020, null)]
    [InlineData("ABC-A.123.77.3.2011.JW", "ABC-A", "123", 77, 3, 2011, "JW")]
    [InlineData("ABC.0012.5.2011", "ABC", "0012", null, 5, 2011, null)]
    [InlineData("PkiO.WPO.3120.1.2017", "PkiO.WPO", "3120", null, 1, 2017, null)]
    public void Every_vector_of_the_reference_parses_into_its_parts_and_writes_back_unchanged(
        string text, string unit, string jrwa, int? subfolder, int number, int year, string? initials)
    {
        var sign = CaseSign.TryParse(text);

        Assert.NotNull(sign);
        Assert.Equal(new CaseSign(unit, jrwa, subfolder, number, year, initials), sign);
        Assert.Equal(text, sign.ToString());
    }

    [Fact]
    public void Leading_zeros_of_the_jrwa_symbol_are_kept()
    {
        Assert.Equal("0012", CaseSign.TryParse("ABC.0012.5.2011")!.Jrwa);
        Assert.Equal("ABC.0012.7.2026", CaseSign.Generate("ABC", "0012", 7, 2026).ToString());
    }

    [Fact]
    public void Surrounding_spaces_are_ignored()
    {
        Assert.Equal("ON.I.301.1.2020", CaseSign.TryParse("  ON.I.301.1.2020 ")!.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("301.1.2020")]                 // no unit
    [InlineData("ON.301.1.20")]                // year not 4 digits
    [InlineData("ON.301.0.2020")]              // case number must be positive
    [InlineData("ON.301.X.2020")]              // case number not a number
    [InlineData("ON..301.1.2020")]             // empty part
    [InlineData("ON.12345.1.2020")]            // JRWA longer than 4 digits
    [InlineData("ON.301.7.8.1.2020")]          // two tokens between JRWA and the case number
    [InlineData("ON.301.A7.1.2020")]           // podteczka not a number
    [InlineData("ON/I.301.1.2020")]            // a slash is not a separator
    [InlineData("ON.I.1.2020")]                // no JRWA before the case number
    [InlineData("ON.301.1.2020.J1")]           // initials are letters only
    public void Malformed_signs_do_not_parse(string? text) => Assert.Null(CaseSign.TryParse(text));

    [Fact]
    public void Generation_writes_unit_jrwa_number_and_year_and_parses_back()
    {
        var sign = CaseSign.Generate("RF-II", "3120", 42, 2026);

        Assert.Equal("RF-II.3120.42.2026", sign.ToString());
        Assert.Equal(sign, CaseSign.TryParse(sign.ToString()));
    }

    [Fact]
    public void Generation_with_a_dotted_unit_parses_back_to_the_same_unit()
    {
        Assert.Equal("ON.I", CaseSign.TryParse(CaseSign.Generate("ON.I", "301", 2, 2026).ToString())!.Unit);
    }

    [Theory]
    [InlineData("", "301")]
    [InlineData("123", "301")]        // unit needs a letter
    [InlineData("ON I", "301")]       // no spaces
    [InlineData("ON", "")]
    [InlineData("ON", "30A")]
    [InlineData("ON", "12345")]
    public void Generation_refuses_a_bad_unit_or_jrwa(string unit, string jrwa) =>
        Assert.Throws<ArgumentException>(() => CaseSign.Generate(unit, jrwa, 1, 2026));

    [Fact]
    public void Generation_refuses_a_number_below_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseSign.Generate("ON", "301", 0, 2026));
}
