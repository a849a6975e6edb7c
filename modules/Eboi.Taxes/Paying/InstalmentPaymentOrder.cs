using Eboi.Payments;
using Eboi.Taxes.Cards;
using Eboi.Taxes.Domain;

namespace Eboi.Taxes.Paying;

/// <summary>
/// The online payment order for ticked instalments of a card: one line per instalment for its principal and the
/// interest due today, item refs the settlement understands, back to the card after the gateway.
/// </summary>
internal static class InstalmentPaymentOrder
{
    private const int DescriptionMax = 200;

    public static PaymentOrder Build(TaxCard card, IReadOnlyList<InstalmentLine> lines, Guid payer, string payerEmail, string idempotencyKey)
    {
        if (lines.Count == 0 || lines.Any(l => l.ToPay <= 0)) throw new ArgumentException("Only instalments with something to pay can be paid.", nameof(lines));
        var description = $"{TaxCardKinds.Label(card.Kind)}, karta {card.Number}: {string.Join(", ", lines.Select(LineTitle))}";
        if (description.Length > DescriptionMax) description = description[..(DescriptionMax - 1)] + "…";
        return new PaymentOrder(
            TaxesModule.ModuleName, payer, payerEmail, description,
            lines.Select(l => new PaymentLine(l.ItemRef, $"Karta {card.Number}, {LineTitle(l)}", l.ToPay)).ToList(),
            idempotencyKey, TaxesPaths.Card(card.Number));
    }

    /// <summary>"rata 2/2026".</summary>
    public static string LineTitle(InstalmentLine line) => $"rata {line.Number}/{line.Year}";
}
