namespace Eboi.Core.Jobs;

/// <summary>
/// One unit of work of the loop (job_deliveries): an event for one handler, or one occurrence of a scheduled job for
/// one tenant (or host-wide when <see cref="TenantId"/> is null). Claimed, retried and recorded on its own.
/// </summary>
public sealed class JobDelivery : ILeasedRow
{
    public Guid Id { get; set; }
    public Guid? TenantId { get; set; }
    public JobKind Kind { get; set; }

    /// <summary>The handler's name (event deliveries) or the scheduled job's name.</summary>
    public string Handler { get; set; } = "";

    public Guid? EventId { get; set; }
    public DateTimeOffset? Occurrence { get; set; }
    public JobStatus Status { get; set; }

    /// <summary>Attempts started so far, counting the one in flight (the claim increments it).</summary>
    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

/// <summary>What a <see cref="JobDelivery"/> runs.</summary>
public enum JobKind
{
    Event,
    Scheduled,
}

/// <summary>Pending until it succeeds (Done) or its last attempt fails (Failed).</summary>
public enum JobStatus
{
    Pending,
    Done,
    Failed,
}
