namespace Eboi.Email.Outbox;

/// <summary>
/// In-process wake-up of the delivery worker after a SaveChanges that added outbox rows, so mail leaves within
/// milliseconds instead of at the next poll. Other nodes still find the rows by polling.
/// </summary>
public sealed class OutboxSignal
{
    private TaskCompletionSource _current = New();

    /// <summary>Completes the task handed out by the latest <see cref="Arm"/>.</summary>
    public void Wake() => Volatile.Read(ref _current).TrySetResult();

    /// <summary>Call before looking for work: the returned task completes at the next <see cref="Wake"/> after this call.</summary>
    public Task Arm()
    {
        var next = New();
        Interlocked.Exchange(ref _current, next);
        return next.Task;
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
