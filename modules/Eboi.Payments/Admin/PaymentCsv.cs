using System.Globalization;
using System.Text;
using Eboi.Core.Text;
using Eboi.Payments.Display;

namespace Eboi.Payments.Admin;

/// <summary>
/// The payments export as a Polish Excel opens it: ";"-separated, UTF-8 with a BOM, amounts with a decimal comma, Warsaw
/// times, every cell through <see cref="CsvCell"/> so a title like "=HYPERLINK(…)" stays text.
/// </summary>
internal static class PaymentCsv
{
    public sealed record Entry(string Reference, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, string State, string Source,
        string PayerEmail, string Title, decimal Amount, decimal Commission, decimal Total, IReadOnlyList<(string Title, decimal Amount)> Lines);

    public static readonly IReadOnlyList<string> Header =
        ["Numer", "Utworzona", "Zakończona", "Status", "Źródło", "E-mail płatnika", "Tytuł", "Kwota", "Prowizja", "Razem", "Pozycje"];

    public static string Row(Entry e) => CsvCell.Row(
    [
        e.Reference,
        Time(e.CreatedAt),
        e.FinishedAt is { } f ? Time(f) : "",
        PaymentState.Label(e.State),
        e.Source,
        e.PayerEmail,
        e.Title,
        MoneyFormat.Plain(e.Amount),
        MoneyFormat.Plain(e.Commission),
        MoneyFormat.Plain(e.Total),
        string.Join(" | ", e.Lines.Select(l => $"{l.Title}: {MoneyFormat.Plain(l.Amount)}")),
    ]);

    /// <summary>The whole file: BOM, header, one row per payment.</summary>
    public static byte[] Document(IEnumerable<Entry> entries)
    {
        var text = new StringBuilder(CsvCell.Row(Header));
        foreach (var e in entries) text.Append(Row(e));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Time(DateTimeOffset utc) => PolishTime.ToWarsaw(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
