using System.Text.RegularExpressions;
using Eboi.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Eboi.Core.Jobs;

/// <summary>
/// Claim, run, record: the loop shared by the job loop's row queues (domain-event deliveries and scheduled jobs here,
/// the e-mail outbox in Email). It claims a batch of due rows of every tenant in one short statement, runs each, marks it
/// done, or schedules a retry with backoff and finally marks it failed, and on shutdown hands back what it did not try.
/// </summary>
/// <remarks>
/// The claim uses FOR UPDATE SKIP LOCKED, so several nodes claim at once without waiting or overlapping, and a lease
/// (next_attempt_at moved ahead), which keeps a claimed row from being due for anyone else while it runs without holding
/// a transaction open. Workflow instances lease differently (a token their step re-checks under its own row lock) and
/// keep their own queue.
/// </remarks>
public abstract partial class LeasedQueue<TRow>(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : IJobQueue
    where TRow : class, ILeasedRow
{
    /// <summary>For the work's own scopes (one per row, with its tenant).</summary>
    protected IServiceScopeFactory Scopes { get; } = scopes;

    /// <summary>The table's name: a constant of the subclass, never input.</summary>
    protected abstract string Table { get; }

    /// <summary>The worker scope whose RLS policy lets the queue see every tenant's rows.</summary>
    protected abstract string WorkerScope { get; }

    protected abstract LeaseSettings Settings { get; }

    /// <summary>
    /// Does the row's work; an exception makes it a failed attempt. <paramref name="workerDb"/> is the worker scope's
    /// context (every tenant's rows, no tenant set) for reads that belong to the queue, not to the work.
    /// </summary>
    protected abstract Task RunAsync(TRow row, EboiDbContext workerDb, CancellationToken ct);

    /// <summary>Records success (e.g. status Done or Sent with its time) on <paramref name="row"/>, a one-row query.</summary>
    protected abstract Task MarkDoneAsync(IQueryable<TRow> row, DateTimeOffset now, CancellationToken ct);

    /// <summary>Records the last failed attempt: status Failed with the error.</summary>
    protected abstract Task MarkFailedAsync(IQueryable<TRow> row, string error, DateTimeOffset now, CancellationToken ct);

    /// <summary>What the logs call the row, e.g. "E-mail 3f2… (konto.aktywacja)".</summary>
    protected abstract string Describe(TRow row);

    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var settings = Settings;
        await using var scope = Scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        db.UseWorkerScope(WorkerScope);

        var claimed = await ClaimAsync(db, clock.GetUtcNow(), settings, ct);
        var attempted = new HashSet<Guid>();
        try
        {
            foreach (var row in claimed)
            {
                ct.ThrowIfCancellationRequested();
                await AttemptAsync(db, row, settings.RetrySchedule, ct);
                attempted.Add(row.Id);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down: hand back what was not attempted instead of letting it wait out the lease.
            var left = claimed.Select(r => r.Id).Where(id => !attempted.Contains(id)).ToArray();
            if (left.Length > 0) await ReleaseAsync(db, left, clock.GetUtcNow(), CancellationToken.None);
            throw;
        }
        return claimed.Count;
    }

    private async Task AttemptAsync(EboiDbContext db, TRow row, RetrySchedule schedule, CancellationToken ct)
    {
        try
        {
            await RunAsync(row, db, ct);
            await MarkDoneAsync(One(db, row.Id), clock.GetUtcNow(), ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // row.Attempts already counts this attempt (the claim incremented it).
            var retryIn = schedule.DelayAfter(row.Attempts);
            var error = ErrorText.Describe(e);
            if (retryIn is { } delay)
            {
                await db.Database.ExecuteSqlRawAsync(Sql(RetrySql), [clock.GetUtcNow() + delay, error, row.Id], ct);
                logger.LogWarning(e, "{Row} failed on attempt {Attempt}; next attempt in {Delay}", Describe(row), row.Attempts, delay);
            }
            else
            {
                await MarkFailedAsync(One(db, row.Id), error, clock.GetUtcNow(), ct);
                logger.LogError(e, "{Row} failed on attempt {Attempt}; giving up", Describe(row), row.Attempts);
            }
        }
    }

    // The worker scope's RLS shows every tenant's rows; the per-tenant EF filter would hide them all.
    private static IQueryable<TRow> One(EboiDbContext db, Guid id) =>
        db.Set<TRow>().IgnoreQueryFilters().Where(r => r.Id == id);

    private async Task<IReadOnlyList<TRow>> ClaimAsync(EboiDbContext db, DateTimeOffset now, LeaseSettings settings, CancellationToken ct) =>
        await db.Set<TRow>().FromSqlRaw(Sql(ClaimSql), now + settings.ClaimLease, now, settings.BatchSize).IgnoreQueryFilters().AsNoTracking().ToListAsync(ct);

    private Task ReleaseAsync(EboiDbContext db, Guid[] ids, DateTimeOffset now, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(Sql(ReleaseSql), [now, ids], ct);

    // The SQL is the same for every leased table; only the table's name (a subclass constant, checked) differs.
    private const string ClaimSql = """
        UPDATE @table SET attempts = attempts + 1, next_attempt_at = {0}
        WHERE id IN (
            SELECT id FROM @table
            WHERE status = 'Pending' AND next_attempt_at <= {1}
            ORDER BY next_attempt_at
            LIMIT {2}
            FOR UPDATE SKIP LOCKED)
        RETURNING *
        """;
    private const string RetrySql = "UPDATE @table SET next_attempt_at = {0}, last_error = {1} WHERE id = {2}";
    private const string ReleaseSql = "UPDATE @table SET attempts = attempts - 1, next_attempt_at = {0} WHERE id = ANY({1}) AND status = 'Pending'";

    private string Sql(string template) =>
        TableName().IsMatch(Table) ? template.Replace("@table", Table, StringComparison.Ordinal)
            : throw new InvalidOperationException($"'{Table}' is not a table name.");

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex TableName();
}
