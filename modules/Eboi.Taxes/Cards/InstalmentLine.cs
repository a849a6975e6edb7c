namespace Eboi.Taxes.Cards;

/// <summary>
/// One row of a card's instalments table as of a day: what was due, interest due, what was paid (principal and
/// interest) and the principal still outstanding.
/// </summary>
internal sealed record InstalmentLine(
    Guid Id, string Title, int Year, int Number, DateOnly DueDate, decimal Amount, decimal Interest, decimal Paid, decimal Outstanding)
{
    /// <summary>Nothing left: neither principal nor interest.</summary>
    public bool IsPaid => ToPay <= 0;
    public decimal ToPay => Outstanding + Interest;

    /// <summary>The reference Payments carries back in <see cref="Payments.PaymentSucceeded"/> lines.</summary>
    public string ItemRef => InstalmentRefs.For(Id);
}

/// <summary>Item references of instalments in payment orders ("rata:{guid}").</summary>
internal static class InstalmentRefs
{
    private const string Prefix = "rata:";

    public static string For(Guid instalmentId) => Prefix + instalmentId.ToString("N");

    public static Guid? Parse(string itemRef) =>
        itemRef.StartsWith(Prefix, StringComparison.Ordinal) && Guid.TryParseExact(itemRef[Prefix.Length..], "N", out var id) ? id : null;
}
