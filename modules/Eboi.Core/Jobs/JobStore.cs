using Eboi.Core.Data;
using Eboi.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Core.Jobs;

/// <summary>
/// The loop's queries on job_deliveries and domain_events across tenants. Needs a context in the
/// <see cref="JobWorkerScope"/> (RLS) and ignores the per-tenant EF filter, which would hide every row.
/// </summary>
internal sealed class JobStore
{
    private readonly EboiDbContext _db;

    public JobStore(EboiDbContext db)
    {
        if (db.WorkerScope != JobWorkerScope.Name)
            throw new InvalidOperationException($"JobStore needs a context in the '{JobWorkerScope.Name}' scope.");
        _db = db;
    }

    private IQueryable<JobDelivery> Rows => _db.Set<JobDelivery>().IgnoreQueryFilters();

    /// <summary>
    /// Claims up to <paramref name="batch"/> due deliveries in one short statement: SKIP LOCKED lets several nodes claim
    /// at once without waiting or overlapping, and the lease (next_attempt_at moved ahead) keeps a claimed row from being
    /// due for anyone else while its handler runs, without holding a transaction open.
    /// </summary>
    public async Task<IReadOnlyList<JobDelivery>> ClaimAsync(DateTimeOffset now, TimeSpan lease, int batch, CancellationToken ct)
    {
        var leaseUntil = now + lease;
        return await _db.Set<JobDelivery>().FromSql($"""
            UPDATE job_deliveries SET attempts = attempts + 1, next_attempt_at = {leaseUntil}
            WHERE id IN (
                SELECT id FROM job_deliveries
                WHERE status = 'Pending' AND next_attempt_at <= {now}
                ORDER BY next_attempt_at
                LIMIT {batch}
                FOR UPDATE SKIP LOCKED)
            RETURNING *
            """).IgnoreQueryFilters().AsNoTracking().ToListAsync(ct);
    }

    public Task<DomainEventRecord?> EventAsync(Guid id, CancellationToken ct) =>
        _db.Set<DomainEventRecord>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);

    public Task MarkDoneAsync(Guid id, DateTimeOffset now, CancellationToken ct) =>
        Rows.Where(d => d.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, JobStatus.Done)
            .SetProperty(d => d.CompletedAt, now), ct);

    /// <summary>Schedules the next attempt after <paramref name="retryIn"/>, or marks the delivery Failed when it is null.</summary>
    public Task MarkAttemptFailedAsync(Guid id, TimeSpan? retryIn, DateTimeOffset now, string error, CancellationToken ct) =>
        retryIn is { } delay
            ? Rows.Where(d => d.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.NextAttemptAt, now + delay)
                .SetProperty(d => d.LastError, error), ct)
            : Rows.Where(d => d.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, JobStatus.Failed)
                .SetProperty(d => d.LastError, error)
                .SetProperty(d => d.CompletedAt, now), ct);

    /// <summary>Gives back claimed deliveries that were not attempted (shutdown), so they do not wait out the lease.</summary>
    public Task ReleaseAsync(IReadOnlyCollection<Guid> ids, DateTimeOffset now, CancellationToken ct) =>
        Rows.Where(d => ids.Contains(d.Id) && d.Status == JobStatus.Pending).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Attempts, d => d.Attempts - 1)
            .SetProperty(d => d.NextAttemptAt, now), ct);
}
