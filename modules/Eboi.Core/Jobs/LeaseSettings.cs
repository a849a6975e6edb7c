namespace Eboi.Core.Jobs;

/// <summary>How a <see cref="LeasedQueue{TRow}"/> claims and retries: lease length, batch size and backoff.</summary>
public sealed record LeaseSettings(TimeSpan ClaimLease, int BatchSize, RetrySchedule RetrySchedule);
