namespace Eboi.Core.Jobs;

/// <summary>
/// A cron job run by the job loop; register with <see cref="JobServiceCollectionExtensions.AddScheduledJob{TJob}"/>.
/// Runs in its own DI scope: per tenant with that tenant set (query filter + RLS), or host-wide with none.
/// A throw is retried with backoff for that tenant's occurrence only. At least once: make it idempotent.
/// </summary>
public interface IScheduledJob
{
    Task RunAsync(ScheduledJobContext context, CancellationToken ct);
}

/// <summary>Which occurrence (UTC) of which job runs, for which tenant (null: host-wide), and which attempt (1 = first).</summary>
public sealed record ScheduledJobContext(string Name, Guid? TenantId, DateTimeOffset Occurrence, int Attempt);

/// <summary>Whether a scheduled job runs once for every active tenant or once for the whole host.</summary>
public enum JobScope
{
    PerTenant,
    Host,
}
