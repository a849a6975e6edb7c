using Eboi.Cases.Domain;
using Eboi.Core.Data;
using Eboi.Core.Events;
using Eboi.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Cases.Events;

/// <summary>Publishes a case's events to each linked party with an e-mail address, in the caller's unit of work.</summary>
internal sealed class CaseNotifications(EboiDbContext db, ICitizenDirectory citizens, IDomainEventPublisher events)
{
    public async Task DocumentSentAsync(Case c, CaseDocument d, CancellationToken ct)
    {
        foreach (var (userId, email) in await RecipientsAsync(c.Id, ct))
            events.Publish(new CaseDocumentSent(c.Id, d.Id, c.Sign, c.Title, d.Title, d.RegisterNumber, d.DocumentDate, userId, email));
    }

    public async Task StageChangedAsync(Case c, CaseStage stage, CancellationToken ct)
    {
        foreach (var (userId, email) in await RecipientsAsync(c.Id, ct))
            events.Publish(new CaseStageChanged(c.Id, c.Sign, c.Title, stage.Name, stage.Date, c.Status, userId, email));
    }

    private async Task<List<(Guid, string)>> RecipientsAsync(Guid caseId, CancellationToken ct)
    {
        // Parties added in this unit of work are not saved yet: look at the tracker too.
        var tracked = db.ChangeTracker.Entries<CaseParty>().Select(e => e.Entity).Where(p => p.CaseId == caseId && p.UserId != null).Select(p => p.UserId!.Value);
        var stored = await db.Set<CaseParty>().AsNoTracking().Where(p => p.CaseId == caseId && p.UserId != null).Select(p => p.UserId!.Value).ToListAsync(ct);
        var result = new List<(Guid, string)>();
        foreach (var userId in tracked.Concat(stored).Distinct())
            if (await citizens.FindAsync(userId, ct) is { Email: { Length: > 0 } email }) result.Add((userId, email));
        return result;
    }
}
