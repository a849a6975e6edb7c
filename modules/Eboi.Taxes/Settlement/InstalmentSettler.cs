using Eboi.Core.Data;
using Eboi.Taxes.Cards;
using Eboi.Taxes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Taxes.Settlement;

/// <summary>
/// Records an operation on a card and allocates it to instalments (domain-pl.md §6.5): each targeted amount to its
/// instalment, split between arrears and interest due on the payment day (proportionally when it does not cover both);
/// what exceeds an instalment goes to the card's unpaid instalments by earliest due date (OP art. 62 § 1), and any rest
/// stays on the operation as an overpayment. The caller saves, so the operation and its allocations commit together;
/// it must hold a transaction, in which the card is locked first: two payments settled at once (an online payment during
/// a bank-statement import, two nodes) would otherwise both read the same past allocations and both pay one instalment.
/// </summary>
internal sealed class InstalmentSettler(EboiDbContext db, CardLedger ledger)
{
    public async Task SettleAsync(TaxOperation operation, IReadOnlyList<(Guid InstalmentId, decimal Amount)> targeted, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("Settling needs the caller's transaction (the card lock lasts until it ends).");
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM tax_cards WHERE id = {operation.CardId} FOR UPDATE", ct);
        db.Add(operation);
        var instalments = await db.Set<Instalment>().AsNoTracking().Where(i => i.CardId == operation.CardId)
            .OrderBy(i => i.DueDate).ThenBy(i => i.Number).ToListAsync(ct);
        var stored = await ledger.SettledPartsAsync(operation.CardId, ct);
        // Parts settled so far, including those of this operation (not saved yet), by instalment.
        var parts = instalments.ToDictionary(i => i.Id, i => stored[i.Id].ToList());

        var left = targeted.Count == 0 ? operation.Amount : 0m;
        foreach (var (instalmentId, amount) in targeted)
        {
            var instalment = instalments.FirstOrDefault(i => i.Id == instalmentId);
            left += instalment is null ? amount : Allocate(operation, instalment, amount, parts[instalment.Id]);
        }
        foreach (var instalment in instalments)
        {
            if (left <= 0) break;
            left = Allocate(operation, instalment, left, parts[instalment.Id]);
        }
    }

    /// <returns>What this instalment did not take.</returns>
    private decimal Allocate(TaxOperation operation, Instalment instalment, decimal amount, List<SettledPart> parts)
    {
        if (amount <= 0) return amount;
        var balance = InstalmentBalance.On(instalment.Amount, instalment.DueDate, parts, operation.Date, InterestRateTable.Statutory);
        if (balance.ToPay <= 0) return amount;
        var split = PaymentAllocation.Allocate(balance.Arrears, balance.Interest, amount);
        db.Add(new OperationAllocation
        {
            Id = Guid.NewGuid(), TenantId = operation.TenantId, OperationId = operation.Id, InstalmentId = instalment.Id,
            ToArrears = split.ToArrears, ToInterest = split.ToInterest,
        });
        parts.Add(new SettledPart(operation.Date, split.ToArrears, split.ToInterest));
        return split.Remainder;
    }
}
