using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Core.Jobs;

/// <summary>
/// In-process wake-up of the job loop once staged work (events, e-mail) is committed, so it runs within
/// milliseconds instead of at the next poll. Other nodes still find the rows by polling.
/// </summary>
public sealed class JobSignal
{
    private TaskCompletionSource _current = New();
    private readonly ConditionalWeakTable<DbContext, object> _staged = new();

    /// <summary>Completes the task handed out by the latest <see cref="Arm"/>.</summary>
    public void Wake() => Volatile.Read(ref _current).TrySetResult();

    /// <summary>Call before looking for work: the returned task completes at the next <see cref="Wake"/> after this call.</summary>
    public Task Arm()
    {
        var next = New();
        Interlocked.Exchange(ref _current, next);
        return next.Task;
    }

    /// <summary>
    /// Wakes the loop after <paramref name="db"/> saves outside a transaction, or when its transaction commits
    /// (<see cref="JobWakeInterceptor"/>): waking at a SaveChanges inside a transaction would find nothing yet.
    /// </summary>
    public void WakeAfterCommit(DbContext db)
    {
        if (_staged.TryGetValue(db, out _)) return;
        _staged.Add(db, this);
        db.SavedChanges += (_, _) =>
        {
            if (db.Database.CurrentTransaction is null) Wake();
        };
    }

    internal bool HasStaged(DbContext db) => _staged.TryGetValue(db, out _);

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
