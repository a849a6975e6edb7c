using Microsoft.EntityFrameworkCore;

namespace Eboi.Core.Data;

/// <summary>
/// The unit of work for code that runs outside a tenant's request (CLI, recipes, operators, jobs) or must commit
/// several saves at once: <c>await db.ForTenantAsync(tenantId, async ct =&gt; { ... }, ct)</c>.
/// </summary>
public static class TenantUnitOfWork
{
    /// <summary>
    /// Sets <paramref name="tenantId"/> on the context (reconnecting, since RLS reads it when the connection opens),
    /// runs <paramref name="work"/> in one transaction under the execution strategy, then saves what it staged and
    /// commits: everything it saved (Identity's own saves included), published events and e-mail commit together or
    /// not at all. A throw rolls back. Inside a transaction already open for the same tenant it joins that transaction
    /// (and leaves the commit to its owner). <paramref name="work"/> may run again if the strategy retries.
    /// </summary>
    public static Task<T> ForTenantAsync<T>(this EboiDbContext db, Guid? tenantId, Func<CancellationToken, Task<T>> work, CancellationToken ct = default) =>
        db.ForTenantAsync(tenantId, work, static _ => true, ct);

    /// <inheritdoc cref="ForTenantAsync{T}(EboiDbContext, Guid?, Func{CancellationToken, Task{T}}, CancellationToken)"/>
    public static Task ForTenantAsync(this EboiDbContext db, Guid? tenantId, Func<CancellationToken, Task> work, CancellationToken ct = default) =>
        db.ForTenantAsync<bool>(tenantId, async c => { await work(c); return true; }, static _ => true, ct);

    /// <summary>
    /// As <see cref="ForTenantAsync{T}(EboiDbContext, Guid?, Func{CancellationToken, Task{T}}, CancellationToken)"/>, but
    /// commits only when <paramref name="commitWhen"/> accepts the result (e.g. "no validation error"); otherwise rolls
    /// back and forgets the tracked changes.
    /// </summary>
    public static async Task<T> ForTenantAsync<T>(this EboiDbContext db, Guid? tenantId, Func<CancellationToken, Task<T>> work,
        Func<T, bool> commitWhen, CancellationToken ct = default)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            if (db.TenantId != tenantId)
                throw new InvalidOperationException("A transaction of another tenant is open on this context.");
            var joined = await work(ct);
            if (commitWhen(joined)) await db.SaveChangesAsync(ct);
            return joined;
        }

        db.UseTenant(tenantId);
        await db.Database.CloseConnectionAsync();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var result = await work(ct);
            if (!commitWhen(result))
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return result;
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return result;
        });
    }
}
