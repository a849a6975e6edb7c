namespace Eboi.Core.Workflows;

/// <summary>What a step ended with: an outcome to follow, or a suspension until a time and/or an event for the same subject.</summary>
public sealed record WorkflowTaskResult
{
    private WorkflowTaskResult() { }

    /// <summary>The outcome transitions leave by; null while suspended.</summary>
    public string? Outcome { get; private init; }

    /// <summary>Run the task again at this time (with <see cref="WorkflowResumeReason.Timer"/>); null = no timer.</summary>
    public DateTimeOffset? ResumeAt { get; private init; }

    /// <summary>Run the task again when one of these events arrives for the instance's subject.</summary>
    public IReadOnlyList<string> ResumeOnEvents { get; private init; } = [];

    /// <summary>A remark for the instance's journal (e.g. "no address: e-mail skipped"); null when there is nothing to say.</summary>
    public string? Note { get; private init; }

    public bool IsSuspended => Outcome is null;

    public static WorkflowTaskResult Done(string outcome) => new() { Outcome = outcome };

    /// <summary>Done with a remark for the journal.</summary>
    public static WorkflowTaskResult Done(string outcome, string? note) => new() { Outcome = outcome, Note = note };

    public static WorkflowTaskResult Suspend(DateTimeOffset? resumeAt, IReadOnlyList<string>? resumeOnEvents = null) =>
        resumeAt is null && (resumeOnEvents is null || resumeOnEvents.Count == 0)
            ? throw new ArgumentException("A suspended task needs a time or an event to resume on.")
            : new() { ResumeAt = resumeAt, ResumeOnEvents = resumeOnEvents ?? [] };
}
