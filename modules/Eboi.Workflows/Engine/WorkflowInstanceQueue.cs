using Eboi.Core.Data;
using Eboi.Core.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Eboi.Workflows.Engine;

/// <summary>
/// The workflow engine as a sibling queue of Core's job loop: claims due instances of every tenant with
/// FOR UPDATE SKIP LOCKED and a lease (a fresh token), then runs ONE step of each in its own transaction with the
/// tenant set (<see cref="WorkflowStepRunner"/>). A claimed instance whose step is cut short by a crash is claimed
/// again when its lease ends.
/// </summary>
internal sealed class WorkflowInstanceQueue(IServiceScopeFactory scopes, IOptionsMonitor<JobOptions> options, TimeProvider clock) : IJobQueue
{
    internal sealed record Claim(Guid Id, Guid TenantId, Guid LeaseToken);

    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var settings = options.CurrentValue;
        IReadOnlyList<Claim> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
            db.UseWorkerScope(WorkflowWorkerScope.Name);
            claimed = await ClaimAsync(db, clock.GetUtcNow(), settings.ClaimLease, settings.BatchSize, ct);
        }
        foreach (var claim in claimed)
        {
            ct.ThrowIfCancellationRequested();
            await using var work = scopes.CreateAsyncScope();
            await work.ServiceProvider.GetRequiredService<WorkflowStepRunner>().RunAsync(claim, settings.RetrySchedule, ct);
        }
        return claimed.Count;
    }

    /// <summary>
    /// One short statement: SKIP LOCKED lets several nodes claim at once without waiting or overlapping; the lease
    /// (locked_until) keeps a claimed instance from being due for anyone else while its step runs, and the token lets the
    /// step check, under its row lock, that the claim is still its own.
    /// </summary>
    private static async Task<IReadOnlyList<Claim>> ClaimAsync(EboiDbContext db, DateTimeOffset now, TimeSpan lease, int batch, CancellationToken ct)
    {
        var leaseUntil = now + lease;
        return await db.Database.SqlQuery<Claim>($"""
            UPDATE workflow_instances SET locked_until = {leaseUntil}, lease_token = gen_random_uuid()
            WHERE id IN (
                SELECT id FROM workflow_instances
                WHERE status IN ('Running', 'Waiting') AND next_run_at <= {now} AND (locked_until IS NULL OR locked_until <= {now})
                ORDER BY next_run_at
                LIMIT {batch}
                FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Id", tenant_id AS "TenantId", lease_token AS "LeaseToken"
            """).ToListAsync(ct);
    }
}
