using Eboi.Core.Data;
using Eboi.Taxes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Taxes.Cards;

/// <summary>
/// What a card page shows besides its instalments: the co-obligated persons (names only: their PESEL/NIP never leave
/// the office), the subjects of taxation, the decisions and the operations, newest first.
/// </summary>
internal sealed class CardDetails(EboiDbContext db)
{
    public async Task<CardDetailsView> ForAsync(TaxCard card, CancellationToken ct)
    {
        var obligors = await (from o in db.Set<CardObligor>().AsNoTracking()
                              join t in db.Set<Taxpayer>().AsNoTracking() on o.TaxpayerId equals t.Id
                              where o.CardId == card.Id
                              orderby t.Name
                              select t.Name).ToListAsync(ct);
        var subjects = await db.Set<TaxSubject>().AsNoTracking().Where(s => s.CardId == card.Id).OrderBy(s => s.Position).ToListAsync(ct);
        var decisions = await db.Set<TaxDecision>().AsNoTracking().Where(d => d.CardId == card.Id).OrderByDescending(d => d.IssuedOn).ToListAsync(ct);
        var operations = await db.Set<TaxOperation>().AsNoTracking().Where(o => o.CardId == card.Id)
            .OrderByDescending(o => o.Date).ThenByDescending(o => o.RecordedAt).ToListAsync(ct);
        return new CardDetailsView(obligors, subjects, decisions, operations);
    }
}

/// <summary>The card page's side tables.</summary>
internal sealed record CardDetailsView(
    IReadOnlyList<string> Obligors, IReadOnlyList<TaxSubject> Subjects, IReadOnlyList<TaxDecision> Decisions, IReadOnlyList<TaxOperation> Operations);

/// <summary>Polish labels of <see cref="TaxOperation.Source"/>.</summary>
internal static class OperationSourceLabels
{
    public static string Label(string source) => source switch
    {
        OperationSources.Import => "urząd (system podatkowy)",
        OperationSources.Online => "płatność online",
        OperationSources.WriteOff => "odpis",
        _ => source,
    };
}
