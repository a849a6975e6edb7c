using Eboi.Core.Tenancy;
using Eboi.Payments;
using Eboi.Taxes.Cards;
using Eboi.Taxes.Domain;

namespace Eboi.Taxes.Transfer;

/// <summary>
/// What a printed transfer form says for some instalments of a card: the gmina as recipient, the card's individual
/// account, the title naming the card and instalments, the amount as of today, and the ZBP QR payload (domain-pl.md §5).
/// </summary>
internal sealed record TransferSlip(string RecipientName, string RecipientAddress, string Account, string Title, decimal Amount, string QrPayload)
{
    public static TransferSlip For(TenantInfo tenant, TaxCard card, IReadOnlyList<InstalmentLine> lines)
    {
        var amount = lines.Sum(l => l.ToPay);
        var title = $"{card.Number} " + string.Join(" ", lines.Select(l => $"{l.Number}/{l.Year}"));
        var name = string.IsNullOrWhiteSpace(tenant.OfficeName) ? tenant.Name : tenant.OfficeName;
        // No NIP in the tenant's settings yet: the payload names no recipient id ("typ 2"), which every bank accepts.
        var payload = TransferQrCode.Payload(null, card.BankAccount, amount, tenant.Name, title);
        return new TransferSlip(name, tenant.Profile.Address.ToString(), card.BankAccount, title, amount, payload);
    }

    /// <summary>
    /// The instalments the form covers: those asked for (unpaid ones of this card), else everything due by today, else
    /// the next unpaid one.
    /// </summary>
    public static IReadOnlyList<InstalmentLine> Select(IReadOnlyList<InstalmentLine> lines, string? requested, DateOnly today)
    {
        var unpaid = lines.Where(l => !l.IsPaid).ToList();
        if (!string.IsNullOrWhiteSpace(requested))
        {
            var ids = requested.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(r => Guid.TryParse(r, out var id) ? id : Guid.Empty).ToHashSet();
            return unpaid.Where(l => ids.Contains(l.Id)).ToList();
        }
        var due = unpaid.Where(l => l.DueDate <= today).ToList();
        return due.Count > 0 ? due : unpaid.Take(1).ToList();
    }
}
