using Eboi.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Eboi.Core.Jobs;

/// <summary>
/// Turns due cron occurrences into job_deliveries (one per active tenant, or one host-wide), which
/// <see cref="JobDeliveryQueue"/> then runs and retries. The due job_schedules row is locked (SKIP LOCKED) and moved to
/// its next occurrence in the same short transaction, so one occurrence is fanned out once however many nodes run.
/// </summary>
public sealed class JobScheduleQueue(
    IServiceScopeFactory scopes,
    IEnumerable<ScheduledJobRegistration> jobs,
    IOptionsMonitor<JobOptions> options,
    TimeProvider clock) : IJobQueue
{
    private readonly Dictionary<string, ScheduledJobRegistration> _jobs = jobs.ToDictionary(j => j.Name);
    private volatile bool _synced;

    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        if (_jobs.Count == 0) return 0;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        db.UseWorkerScope(JobWorkerScope.Name);
        if (!_synced)
        {
            await SyncAsync(db, ct);
            _synced = true;
        }

        var now = clock.GetUtcNow();
        var names = _jobs.Keys.ToArray();
        var batch = options.CurrentValue.BatchSize;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var due = await db.Set<JobSchedule>().FromSql($"""
                SELECT * FROM job_schedules
                WHERE next_run_at <= {now} AND name = ANY({names})
                ORDER BY next_run_at
                LIMIT {batch}
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(ct);
            foreach (var schedule in due)
            {
                var job = _jobs[schedule.Name];
                var occurrence = schedule.NextRunAt;
                // Occurrences missed while no node ran collapse into this one run.
                schedule.NextRunAt = job.NextAfter(now);
                if (job.PerTenant)
                    await db.Database.ExecuteSqlAsync($"""
                        INSERT INTO job_deliveries (id, tenant_id, kind, handler, occurrence, status, attempts, next_attempt_at, created_at)
                        SELECT gen_random_uuid(), id, 'Scheduled', {job.Name}, {occurrence}, 'Pending', 0, {now}, {now}
                        FROM tenants WHERE state = 'Active'
                        ON CONFLICT DO NOTHING
                        """, ct);
                else
                    await db.Database.ExecuteSqlAsync($"""
                        INSERT INTO job_deliveries (id, tenant_id, kind, handler, occurrence, status, attempts, next_attempt_at, created_at)
                        VALUES (gen_random_uuid(), NULL, 'Scheduled', {job.Name}, {occurrence}, 'Pending', 0, {now}, {now})
                        ON CONFLICT DO NOTHING
                        """, ct);
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return due.Count;
        });
    }

    /// <summary>
    /// One upsert per registered job (not per tenant): a new job is due at its next occurrence from now; a changed
    /// expression or scope is rescheduled; an unchanged one keeps its stored next occurrence.
    /// </summary>
    private async Task SyncAsync(EboiDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var job in _jobs.Values)
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO job_schedules (name, cron, per_tenant, next_run_at) VALUES ({job.Name}, {job.Cron}, {job.PerTenant}, {job.NextAfter(now)})
                ON CONFLICT (name) DO UPDATE SET cron = excluded.cron, per_tenant = excluded.per_tenant, next_run_at = excluded.next_run_at
                WHERE job_schedules.cron <> excluded.cron OR job_schedules.per_tenant <> excluded.per_tenant
                """, ct);
    }
}
