using Eboi.Core.Data;
using Eboi.Core.Events;
using Eboi.Core.Text;
using Eboi.Payments;
using Eboi.Taxes.Cards;
using Eboi.Taxes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Taxes.Settlement;

/// <summary>
/// Records a successful online payment of instalments as an operation on each card it touched and allocates it.
/// Idempotent by payment: the operation's external id is "platnosc:{payment}:{card}", checked first and guarded by
/// the unique index, and the operations and allocations of one payment commit in one SaveChanges.
/// </summary>
internal sealed class SettleOnlinePayment(EboiDbContext db, InstalmentSettler settler, TimeProvider clock) : IDomainEventHandler<PaymentSucceeded>
{
    public async Task HandleAsync(PaymentSucceeded e, DomainEventContext context, CancellationToken ct)
    {
        if (e.Source != TaxesModule.ModuleName) return;
        var prefix = ExternalIdPrefix(e.PaymentId);
        try
        {
            // One transaction: the settler locks each card, and the operations and allocations commit together.
            await db.ForTenantAsync(context.TenantId, c => RecordAsync(e, context, prefix, c), ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent delivery of the same event won the unique index: nothing to do; anything else is rethrown.
            if (!await AlreadyRecordedAsync(prefix, ct)) throw;
        }
    }

    private async Task RecordAsync(PaymentSucceeded e, DomainEventContext context, string prefix, CancellationToken ct)
    {
        if (await db.Set<TaxOperation>().AnyAsync(o => o.ExternalId.StartsWith(prefix), ct)) return;
        var lines = e.Lines.Select(l => (Id: InstalmentRefs.Parse(l.ItemRef), l.Amount)).Where(l => l.Id is not null).ToList();
        var ids = lines.Select(l => l.Id!.Value).ToList();
        var cardOf = await db.Set<Instalment>().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.CardId, ct);
        // Money is never dropped: an instalment removed while it was being paid (the import refuses that) fails the delivery
        // loudly, so it is retried and seen, instead of recording less than the citizen paid.
        if (lines.Count != e.Lines.Count || cardOf.Count != ids.Distinct().Count())
            throw new InvalidOperationException($"Payment {e.Reference}: {e.Lines.Count - cardOf.Count} of its lines name no instalment of this gmina; nothing was recorded.");
        var paidOn = PolishTime.DateOf(e.PaidAt);
        foreach (var card in lines.Where(l => cardOf.ContainsKey(l.Id!.Value)).GroupBy(l => cardOf[l.Id!.Value]))
        {
            var operation = new TaxOperation
            {
                Id = Guid.NewGuid(), TenantId = context.TenantId, CardId = card.Key, ExternalId = prefix + card.Key.ToString("N"),
                Date = paidOn, Amount = card.Sum(l => l.Amount), Title = $"Płatność online {e.Reference}",
                Source = OperationSources.Online, RecordedAt = clock.GetUtcNow(),
            };
            await settler.SettleAsync(operation, card.Select(l => (l.Id!.Value, l.Amount)).ToList(), ct);
        }
    }

    private async Task<bool> AlreadyRecordedAsync(string prefix, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.Set<TaxOperation>().AnyAsync(o => o.ExternalId.StartsWith(prefix), ct);
    }

    public static string ExternalIdPrefix(Guid paymentId) => $"platnosc:{paymentId:N}:";
}
