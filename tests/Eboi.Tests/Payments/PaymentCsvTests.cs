using System.Text;
using Eboi.Payments;
using Eboi.Payments.Admin;

namespace Eboi.Tests.Payments;

/// <summary>The payments export as a Polish Excel reads it, and no cell can run as a formula.</summary>
public sealed class PaymentCsvTests
{
    private static PaymentCsv.Entry Entry(string title, params (string, decimal)[] lines) => new("P/2026/000042",
        new DateTimeOffset(2026, 3, 1, 9, 5, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 1, 9, 7, 0, TimeSpan.Zero), PaymentState.Paid, "Taxes",
        "jan@example.test", title, 1234.5m, 2.47m, 1236.97m, lines);

    [Fact]
    public void A_row_has_warsaw_times_polish_amounts_the_state_label_and_the_lines()
    {
        var row = PaymentCsv.Row(Entry("Podatek od nieruchomości", ("Rata 1/2026", 1000m), ("Rata 2/2026", 234.5m)));
        Assert.Equal("P/2026/000042;2026-03-01 10:05;2026-03-01 10:07;opłacona;Taxes;jan@example.test;Podatek od nieruchomości;"
            + "\"1234,50\";\"2,47\";\"1236,97\";\"Rata 1/2026: 1000,00 | Rata 2/2026: 234,50\"\r\n", row);
    }

    [Fact]
    public void A_formula_looking_title_or_line_is_text()
    {
        var row = PaymentCsv.Row(Entry("=HYPERLINK(\"http://zly.example\";\"kliknij\")", ("@SUM(A1)", 1m)));
        var cells = row.Split(';');
        Assert.StartsWith("\"'=HYPERLINK(", cells[6]);
        Assert.Contains("\"'@SUM(A1): 1,00\"", row);
        Assert.DoesNotContain(";=", row);
        Assert.DoesNotContain(";@", row);
    }

    [Fact]
    public void The_document_starts_with_the_utf8_bom_and_the_header()
    {
        var bytes = PaymentCsv.Document([Entry("Opłata za odpady", ("Rata 3", 1234.5m))]);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var rows = text.Split("\r\n");
        Assert.Equal("Numer;Utworzona;Zakończona;Status;Źródło;E-mail płatnika;Tytuł;Kwota;Prowizja;Razem;Pozycje", rows[0]);
        Assert.StartsWith("P/2026/000042;", rows[1]);
        Assert.Equal("", rows[2]);
    }
}
