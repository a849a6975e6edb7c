using Eboi.Core.Data;
using Eboi.Taxes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Taxes.Settlement;

/// <summary>
/// Records an operation on a card and allocates it to instalments (domain-pl.md §6.5): each amount to its instalment,
/// split between arrears and interest on the payment day; what exceeds an instalment goes to the card's oldest unpaid
/// ones, and any rest stays as an overpayment on the operation. The caller saves, so the operation and its allocations commit together.
/// </summary>
internal sealed class InstalmentSettler(EboiDbContext db)
{
    public async Task SettleAsync(TaxOperation operation, IReadOnlyList<(Guid InstalmentId, decimal Amount)> targeted, CancellationToken ct)
    {
        db.Add(operation);
        var instalments = await db.Set<Instalment>().Where(i => i.CardId == operation.CardId)
            .OrderBy(i => i.DueDate).ThenBy(i => i.Number).ToListAsync(ct);
        var ids = instalments.Select(i => i.Id).ToList();
        var paid = await db.Set<OperationAllocation>().Where(a => ids.Contains(a.InstalmentId))
            .GroupBy(a => a.InstalmentId).Select(g => new { g.Key, Sum = g.Sum(a => a.ToArrears) }).ToDictionaryAsync(x => x.Key, x => x.Sum, ct);

        var left = 0m;
        foreach (var (instalmentId, amount) in targeted)
        {
            var instalment = instalments.FirstOrDefault(i => i.Id == instalmentId);
            left += instalment is null ? amount : Allocate(operation, instalment, amount, paid);
        }
        if (targeted.Count == 0) left = operation.Amount;
        foreach (var instalment in instalments)
        {
            if (left <= 0) break;
            left = Allocate(operation, instalment, left, paid);
        }
    }

    /// <returns>What this instalment did not take.</returns>
    private decimal Allocate(TaxOperation operation, Instalment instalment, decimal amount, Dictionary<Guid, decimal> paid)
    {
        var outstanding = instalment.Amount - paid.GetValueOrDefault(instalment.Id);
        if (outstanding <= 0 || amount <= 0) return amount;
        var interest = ArrearsInterest.Compute(outstanding, instalment.DueDate, operation.Date, InterestRateTable.Statutory).Charged;
        var split = PaymentAllocation.Allocate(outstanding, interest, amount);
        db.Add(new OperationAllocation
        {
            Id = Guid.NewGuid(), TenantId = operation.TenantId, OperationId = operation.Id, InstalmentId = instalment.Id,
            ToArrears = split.ToArrears, ToInterest = split.ToInterest,
        });
        paid[instalment.Id] = paid.GetValueOrDefault(instalment.Id) + split.ToArrears;
        return split.Remainder;
    }
}
