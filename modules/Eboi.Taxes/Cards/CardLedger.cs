using Eboi.Core.Data;
using Eboi.Taxes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Taxes.Cards;

/// <summary>Computes a card's instalments as of a day: principal paid from allocations, interest on what is still unpaid (domain-pl.md §6).</summary>
internal sealed class CardLedger(EboiDbContext db)
{
    public async Task<IReadOnlyList<InstalmentLine>> LinesAsync(Guid cardId, DateOnly asOf, CancellationToken ct)
    {
        var instalments = await db.Set<Instalment>().AsNoTracking().Where(i => i.CardId == cardId)
            .OrderBy(i => i.DueDate).ThenBy(i => i.Year).ThenBy(i => i.Number).ToListAsync(ct);
        var ids = instalments.Select(i => i.Id).ToList();
        var paid = await db.Set<OperationAllocation>().AsNoTracking().Where(a => ids.Contains(a.InstalmentId))
            .GroupBy(a => a.InstalmentId).Select(g => new { g.Key, Arrears = g.Sum(a => a.ToArrears), Interest = g.Sum(a => a.ToInterest) })
            .ToDictionaryAsync(x => x.Key, ct);
        return instalments.Select(i =>
        {
            var paidArrears = paid.TryGetValue(i.Id, out var p) ? p.Arrears : 0m;
            var outstanding = Math.Max(0, i.Amount - paidArrears);
            var interest = ArrearsInterest.Compute(outstanding, i.DueDate, asOf, InterestRateTable.Statutory).Charged;
            return new InstalmentLine(i.Id, i.Title, i.Year, i.Number, i.DueDate, i.Amount, interest, paidArrears + (p?.Interest ?? 0), outstanding);
        }).ToList();
    }
}
