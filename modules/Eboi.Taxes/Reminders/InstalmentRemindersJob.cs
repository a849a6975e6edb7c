using Eboi.Core.Data;
using Eboi.Core.Events;
using Eboi.Core.Jobs;
using Eboi.Core.Security;
using Eboi.Core.Tenancy;
using Eboi.Core.Text;
using Eboi.Core.Web;
using Eboi.Taxes.Cards;
using Eboi.Taxes.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eboi.Taxes.Reminders;

/// <summary>
/// Daily, per tenant: for each instalment due in the next N days, and once for each that has just become overdue,
/// with something still to pay and a citizen linked to one of its obligors, publishes <see cref="InstalmentReminderDue"/>
/// to every linked citizen and records the reminder in the same transaction, so each instalment and kind is told once.
/// </summary>
internal sealed class InstalmentRemindersJob(
    EboiDbContext db, CurrentTenant tenant, CardLedger ledger, ICitizenDirectory citizens, IDomainEventPublisher publisher,
    PortalAddresses portal, IOptions<TaxesOptions> options, TimeProvider clock) : IScheduledJob
{
    public const string Name = "taxes.reminders";

    /// <summary>07:00 Warsaw time: before the office opens, early enough to pay the same day.</summary>
    public const string Cron = "0 7 * * *";

    public async Task RunAsync(ScheduledJobContext context, CancellationToken ct)
    {
        if (context.TenantId is not { } tenantId || tenant.Tenant?.HasModule(TaxesModule.ModuleName) != true) return;
        var today = PolishTime.DateOf(clock.GetUtcNow());
        var soon = today.AddDays(options.Value.ReminderDaysBefore);
        var overdueSince = today.AddDays(-options.Value.OverdueReminderWindowDays);

        var candidates = await db.Set<Instalment>().AsNoTracking()
            .Where(i => (i.DueDate >= today && i.DueDate <= soon) || (i.DueDate < today && i.DueDate >= overdueSince))
            .Select(i => new { Instalment = i, Kind = i.DueDate >= today ? ReminderKinds.BeforeDue : ReminderKinds.Overdue })
            .Where(c => !db.Set<InstalmentReminder>().Any(r => r.InstalmentId == c.Instalment.Id && r.Kind == c.Kind))
            .ToListAsync(ct);
        if (candidates.Count == 0) return;

        var cardIds = candidates.Select(c => c.Instalment.CardId).Distinct().ToList();
        var cards = await db.Set<TaxCard>().AsNoTracking().Where(c => cardIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var people = (await (from o in db.Set<CardObligor>().AsNoTracking()
                             join t in db.Set<Taxpayer>().AsNoTracking() on o.TaxpayerId equals t.Id
                             where cardIds.Contains(o.CardId) && t.UserId != null
                             select new { o.CardId, UserId = t.UserId!.Value }).ToListAsync(ct))
            .ToLookup(x => x.CardId, x => x.UserId);
        var baseUrl = await portal.CurrentAsync(ct);
        var now = clock.GetUtcNow();

        foreach (var byCard in candidates.GroupBy(c => c.Instalment.CardId))
        {
            var card = cards[byCard.Key];
            var recipients = new List<CitizenIdentity>();
            foreach (var userId in people[card.Id].Distinct())
                if (await citizens.FindAsync(userId, ct) is { IsVerified: true, Email.Length: > 0 } citizen) recipients.Add(citizen);
            if (recipients.Count == 0) continue;
            var lines = (await ledger.LinesAsync(card.Id, today, ct)).ToDictionary(l => l.Id);
            foreach (var candidate in byCard)
            {
                var line = lines[candidate.Instalment.Id];
                if (line.IsPaid) continue;
                foreach (var citizen in recipients)
                    publisher.Publish(new InstalmentReminderDue(line.Id, card.Number, TaxCardKinds.Label(card.Kind), $"{line.Number}/{line.Year}",
                        line.DueDate, line.ToPay, citizen.UserId, citizen.Email!, candidate.Kind, baseUrl.TrimEnd('/') + TaxesPaths.Card(card.Number)));
                db.Add(new InstalmentReminder { Id = Guid.NewGuid(), TenantId = tenantId, InstalmentId = line.Id, Kind = candidate.Kind, SentAt = now });
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
