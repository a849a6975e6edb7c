using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Core.Jobs;
using Eboi.Workflows.Domain;
using Eboi.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Workflows.Admin;

/// <summary>The panel's view of the current tenant's instances: counts, lists by status, one with its journal, and Retry.</summary>
internal sealed class WorkflowInstances(EboiDbContext db, AuditLog audit, JobSignal signal, TimeProvider clock)
{
    public const int PageSize = 100;

    public sealed record Counts(int Running, int Waiting, int Finished, int Faulted);

    public async Task<IReadOnlyDictionary<Guid, Counts>> CountsAsync(CancellationToken ct)
    {
        var rows = await db.Set<WorkflowInstance>().AsNoTracking()
            .GroupBy(i => new { i.DefinitionId, i.Status }).Select(g => new { g.Key.DefinitionId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        return rows.GroupBy(r => r.DefinitionId).ToDictionary(g => g.Key, g => new Counts(
            g.Where(r => r.Status == WorkflowStatus.Running).Sum(r => r.Count),
            g.Where(r => r.Status == WorkflowStatus.Waiting).Sum(r => r.Count),
            g.Where(r => r.Status == WorkflowStatus.Finished).Sum(r => r.Count),
            g.Where(r => r.Status == WorkflowStatus.Faulted).Sum(r => r.Count)));
    }

    public async Task<IReadOnlyList<WorkflowInstance>> ListAsync(WorkflowStatus? status, Guid? definition, CancellationToken ct)
    {
        var q = db.Set<WorkflowInstance>().AsNoTracking();
        if (status is { } s) q = q.Where(i => i.Status == s);
        if (definition is { } d) q = q.Where(i => i.DefinitionId == d);
        return await q.OrderByDescending(i => i.CreatedAt).Take(PageSize).ToListAsync(ct);
    }

    public Task<WorkflowInstance?> FindAsync(Guid id, CancellationToken ct) =>
        db.Set<WorkflowInstance>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);

    public async Task<IReadOnlyList<WorkflowJournalEntry>> JournalAsync(Guid id, CancellationToken ct) =>
        await db.Set<WorkflowJournalEntry>().AsNoTracking().Where(j => j.InstanceId == id).OrderBy(j => j.At).ThenBy(j => j.Id).ToListAsync(ct);

    public Task<WorkflowVersion?> VersionAsync(WorkflowInstance instance, CancellationToken ct) =>
        db.Set<WorkflowVersion>().AsNoTracking().FirstOrDefaultAsync(v => v.DefinitionId == instance.DefinitionId && v.Version == instance.Version, ct);

    /// <summary>Puts a Faulted instance back to run its failed step again (attempts from zero); false when it is not Faulted.</summary>
    public async Task<bool> RetryAsync(Guid id, CancellationToken ct)
    {
        var instance = await db.Set<WorkflowInstance>().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (instance is not { Status: WorkflowStatus.Faulted }) return false;
        var now = clock.GetUtcNow();
        instance.Status = WorkflowStatus.Running;
        instance.Attempt = 0;
        instance.FinishedAt = null;
        instance.NextRunAt = now;
        instance.LeaseToken = null;
        instance.LockedUntil = null;
        instance.UpdatedAt = now;
        db.Add(new WorkflowJournalEntry
        {
            Id = Guid.CreateVersion7(), InstanceId = instance.Id, At = now, ActivityId = instance.CurrentActivity, Task = WorkflowJournal.Retry,
            Note = "Ponowiono z panelu po błędzie: " + instance.LastError,
        });
        instance.LastError = null;
        audit.Add(WorkflowsAuditEvents.Retried, $"Przebieg {instance.Id:N}", $"krok {instance.CurrentActivity}");
        signal.WakeAfterCommit(db);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<int> RetentionDaysAsync(CancellationToken ct) =>
        await db.Set<WorkflowSettings>().AsNoTracking().Select(s => (int?)s.RetentionDays).FirstOrDefaultAsync(ct) ?? WorkflowSettings.DefaultRetentionDays;

    public async Task SetRetentionDaysAsync(int days, CancellationToken ct)
    {
        var row = await db.Set<WorkflowSettings>().FirstOrDefaultAsync(ct);
        if (row is null) db.Add(row = new WorkflowSettings { TenantId = db.TenantId ?? throw new InvalidOperationException("No tenant.") });
        if (row.RetentionDays == days && db.Entry(row).State != EntityState.Added) return;
        row.RetentionDays = days;
        audit.Add(WorkflowsAuditEvents.RetentionChanged, "Przebiegi procesów", $"{days} dni");
        await db.SaveChangesAsync(ct);
    }
}
