using Eboi.Core.Data;
using Eboi.Taxes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Taxes.Cards;

/// <summary>Computes a card's instalments as of a day: principal and interest paid from allocations, interest on what is still unpaid (domain-pl.md §6).</summary>
internal sealed class CardLedger(EboiDbContext db)
{
    public async Task<IReadOnlyList<InstalmentLine>> LinesAsync(Guid cardId, DateOnly asOf, CancellationToken ct) =>
        (await LinesByCardAsync([cardId], asOf, ct))[cardId];

    /// <summary>The lines of several cards in two queries (a list of cards must not cost two queries per card).</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<InstalmentLine>>> LinesByCardAsync(IReadOnlyCollection<Guid> cardIds, DateOnly asOf, CancellationToken ct)
    {
        var instalments = await db.Set<Instalment>().AsNoTracking().Where(i => cardIds.Contains(i.CardId))
            .OrderBy(i => i.DueDate).ThenBy(i => i.Year).ThenBy(i => i.Number).ToListAsync(ct);
        var parts = await SettledPartsAsync(cardIds, ct);
        var byCard = instalments.ToLookup(i => i.CardId);
        return cardIds.Distinct().ToDictionary(id => id, IReadOnlyList<InstalmentLine> (id) => byCard[id].Select(i =>
        {
            var balance = InstalmentBalance.On(i.Amount, i.DueDate, parts[i.Id], asOf, InterestRateTable.Statutory);
            return new InstalmentLine(i.Id, i.Title, i.Year, i.Number, i.DueDate, i.Amount, balance.Interest,
                balance.PaidArrears + balance.PaidInterest, balance.Arrears);
        }).ToList());
    }

    /// <summary>Every part of every operation settled on the card's instalments, with the operation's day, by instalment.</summary>
    public Task<ILookup<Guid, SettledPart>> SettledPartsAsync(Guid cardId, CancellationToken ct) => SettledPartsAsync([cardId], ct);

    private async Task<ILookup<Guid, SettledPart>> SettledPartsAsync(IReadOnlyCollection<Guid> cardIds, CancellationToken ct)
    {
        var rows = await (from a in db.Set<OperationAllocation>().AsNoTracking()
                          join o in db.Set<TaxOperation>().AsNoTracking() on a.OperationId equals o.Id
                          where cardIds.Contains(o.CardId)
                          select new { a.InstalmentId, o.Date, a.ToArrears, a.ToInterest }).ToListAsync(ct);
        return rows.ToLookup(r => r.InstalmentId, r => new SettledPart(r.Date, r.ToArrears, r.ToInterest));
    }
}
