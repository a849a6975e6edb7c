using Eboi.Core.Data;

namespace Eboi.Workflows.Domain;

/// <summary>
/// One run of a workflow version (workflow_instances): where it is, what started it, when it runs next. Claimed by the
/// engine's queue with a lease (<see cref="LeaseToken"/>, <see cref="LockedUntil"/>) so only one worker runs a step.
/// </summary>
internal sealed class WorkflowInstance : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid DefinitionId { get; set; }
    public int Version { get; set; }
    public WorkflowStatus Status { get; set; }
    public string CurrentActivity { get; set; } = "";

    /// <summary>What started it: the event id ("D") or "cron:" + the occurrence; unique per definition (idempotent start).</summary>
    public string StartKey { get; set; } = "";

    public string? SubjectType { get; set; }
    public string? SubjectId { get; set; }
    public string? PersonEmail { get; set; }

    /// <summary>The starting event's flat values (the Liquid model).</summary>
    public Dictionary<string, string> Values { get; set; } = [];

    /// <summary>When the current step is due (Running: now; Waiting: its timer, or null to wait for an event only).</summary>
    public DateTimeOffset? NextRunAt { get; set; }

    /// <summary>Events that end the current wait early (for the same subject).</summary>
    public List<string> ResumeOnEvents { get; set; } = [];

    /// <summary>Set when an event resumed the waiting step (its name and id); cleared when the step ends.</summary>
    public string? ResumedByEvent { get; set; }
    public Guid? ResumeEventId { get; set; }

    /// <summary>Failed attempts of the current step.</summary>
    public int Attempt { get; set; }

    /// <summary>Steps run so far; a runaway loop of steps is stopped at <see cref="MaxSteps"/>.</summary>
    public int Steps { get; set; }

    public const int MaxSteps = 1000;

    public Guid? LeaseToken { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}

internal enum WorkflowStatus
{
    Running,
    Waiting,
    Finished,
    Faulted,
}
