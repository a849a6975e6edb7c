using Eboi.Core.Data;
using Eboi.Email.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Email.Delivery;

/// <summary>
/// The worker's queries on email_outbox across tenants. Needs a context in the <see cref="OutboxWorkerScope"/>
/// (RLS) and ignores the per-tenant EF filter, which would hide every row from a context without a tenant.
/// </summary>
internal sealed class OutboxStore
{
    private readonly EboiDbContext _db;

    public OutboxStore(EboiDbContext db)
    {
        if (db.WorkerScope != OutboxWorkerScope.Name)
            throw new InvalidOperationException($"OutboxStore needs a context in the '{OutboxWorkerScope.Name}' scope.");
        _db = db;
    }

    private IQueryable<EmailOutboxMessage> Rows => _db.Set<EmailOutboxMessage>().IgnoreQueryFilters();

    /// <summary>
    /// Claims up to <paramref name="batch"/> due rows in one short statement: SKIP LOCKED lets several nodes claim at
    /// once without waiting or overlapping, and the lease (next_attempt_at moved ahead) keeps a claimed row from being
    /// due for anyone else while it is being sent, without holding a transaction open during SMTP.
    /// </summary>
    public async Task<IReadOnlyList<EmailOutboxMessage>> ClaimAsync(DateTimeOffset now, TimeSpan lease, int batch, CancellationToken ct)
    {
        var leaseUntil = now + lease;
        return await _db.Set<EmailOutboxMessage>().FromSql($"""
            UPDATE email_outbox SET attempts = attempts + 1, next_attempt_at = {leaseUntil}
            WHERE id IN (
                SELECT id FROM email_outbox
                WHERE status = 'Pending' AND next_attempt_at <= {now}
                ORDER BY next_attempt_at
                LIMIT {batch}
                FOR UPDATE SKIP LOCKED)
            RETURNING *
            """).IgnoreQueryFilters().AsNoTracking().ToListAsync(ct);
    }

    public Task MarkSentAsync(Guid id, DateTimeOffset now, CancellationToken ct) =>
        Rows.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, EmailStatus.Sent)
            .SetProperty(m => m.SentAt, now), ct);

    /// <summary>Schedules the next attempt after <paramref name="retryIn"/>, or marks the row Failed when it is null.</summary>
    public Task MarkAttemptFailedAsync(Guid id, TimeSpan? retryIn, DateTimeOffset now, string error, CancellationToken ct) =>
        retryIn is { } delay
            ? Rows.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.NextAttemptAt, now + delay)
                .SetProperty(m => m.LastError, error), ct)
            : Rows.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, EmailStatus.Failed)
                .SetProperty(m => m.LastError, error), ct);

    /// <summary>Gives back claimed rows that were not attempted (shutdown), so they do not wait out the lease.</summary>
    public Task ReleaseAsync(IReadOnlyCollection<Guid> ids, DateTimeOffset now, CancellationToken ct) =>
        Rows.Where(m => ids.Contains(m.Id) && m.Status == EmailStatus.Pending).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, m => m.Attempts - 1)
            .SetProperty(m => m.NextAttemptAt, now), ct);
}
