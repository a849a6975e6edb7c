using Eboi.Cases.Domain;
using Eboi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Cases.Inbox;

/// <summary>
/// The EZD's side of the inbox: pages of items not acknowledged yet, oldest first (ids are UUIDv7, so by time), and
/// the acknowledgement with the EZD's register number, after which an item is never returned again.
/// </summary>
internal sealed class InboxPull(EboiDbContext db, TimeProvider clock)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
    public const int MaxRegisterNumber = 100;

    /// <summary>Up to <paramref name="limit"/> pending items after <paramref name="after"/> (the previous page's last id), and whether more follow.</summary>
    public async Task<(IReadOnlyList<InboxItem> Items, bool More)> PendingAsync(Guid? after, int limit, CancellationToken ct)
    {
        // uuid compares in PostgreSQL by its bytes, which for UUIDv7 is time order; .NET's Guid order differs, so SQL says it.
        var query = after is { } a
            ? db.Set<InboxItem>().FromSql($"SELECT * FROM case_inbox WHERE acknowledged_at IS NULL AND id > {a}")
            : db.Set<InboxItem>().Where(i => i.AcknowledgedAt == null);
        var page = await query.AsNoTracking().OrderBy(i => i.Id).Take(limit + 1).ToListAsync(ct);
        return (page.Take(limit).ToList(), page.Count > limit);
    }

    public Task<InboxItem?> FindAsync(Guid id, CancellationToken ct) => db.Set<InboxItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);

    /// <summary>Acknowledges an item; a second acknowledgement changes nothing and answers with the first number.</summary>
    public async Task<AckResult> AcknowledgeAsync(Guid id, string registerNumber, CancellationToken ct)
    {
        // Two concurrent acknowledgements: the row lock makes the second see the first.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var item = await db.Set<InboxItem>().FromSql($"SELECT * FROM case_inbox WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(ct);
        if (item is null) return new AckResult(AckOutcome.NotFound, null);
        if (item.AcknowledgedAt is not null) return new AckResult(AckOutcome.AlreadyAcknowledged, item);
        (item.AcknowledgedAt, item.RegisterNumber) = (clock.GetUtcNow(), registerNumber);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new AckResult(AckOutcome.Acknowledged, item);
    }
}

internal enum AckOutcome { Acknowledged, AlreadyAcknowledged, NotFound }

internal sealed record AckResult(AckOutcome Outcome, InboxItem? Item);
