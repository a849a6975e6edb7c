namespace Eboi.Core.Jobs;

/// <summary>
/// A queue served by the one job loop (<see cref="JobLoop"/>): domain events, scheduled jobs, the e-mail outbox.
/// Register with <see cref="JobServiceCollectionExtensions.AddJobQueue{TQueue}"/>.
/// </summary>
public interface IJobQueue
{
    /// <summary>
    /// Claims one batch of due items (FOR UPDATE SKIP LOCKED + lease, no transaction held while they run), runs them,
    /// records the outcome; returns how many were claimed (0 = nothing due for this queue right now).
    /// </summary>
    Task<int> RunDueAsync(CancellationToken ct);
}
