namespace Eboi.Taxes.Cards;

/// <summary>The instalments table's filters (?filtr=): all, paid, to pay.</summary>
internal static class CardFilter
{
    public const string All = "wszystkie";
    public const string Paid = "zaplacone";
    public const string ToPay = "do-zaplaty";

    public static readonly IReadOnlyList<(string Key, string Label)> Choices = [(All, "Wszystkie"), (Paid, "Zapłacone"), (ToPay, "Do zapłaty")];

    public static string Normalize(string? filter) => filter is Paid or ToPay ? filter : All;

    public static IEnumerable<InstalmentLine> Apply(IEnumerable<InstalmentLine> lines, string filter) => filter switch
    {
        Paid => lines.Where(l => l.IsPaid),
        ToPay => lines.Where(l => !l.IsPaid),
        _ => lines,
    };
}
