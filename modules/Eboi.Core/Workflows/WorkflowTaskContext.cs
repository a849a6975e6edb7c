namespace Eboi.Core.Workflows;

/// <summary>
/// One step's view of its instance: the settings, the event it started on, and the sandboxed Liquid renderer. Built by
/// the engine; a task sees nothing else of the workflow.
/// </summary>
public sealed class WorkflowTaskContext(
    Guid tenantId,
    Guid instanceId,
    string workflowName,
    string activityId,
    IReadOnlyDictionary<string, string> settings,
    WorkflowEventData input,
    WorkflowResume? resumedBy,
    DateTimeOffset now,
    Func<string, string> render,
    Func<string, bool> evaluate)
{
    public Guid TenantId { get; } = tenantId;
    public Guid InstanceId { get; } = instanceId;
    public string WorkflowName { get; } = workflowName;

    /// <summary>The activity's id within its workflow (for journal entries and idempotency keys).</summary>
    public string ActivityId { get; } = activityId;

    /// <summary>The activity's raw settings as saved (templates unrendered).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; } = settings;

    /// <summary>The event the instance started on (values, subject, person).</summary>
    public WorkflowEventData Input { get; } = input;

    /// <summary>Set when this run resumes a task that returned <see cref="WorkflowTaskResult.Suspend"/>.</summary>
    public WorkflowResume? ResumedBy { get; } = resumedBy;

    public DateTimeOffset Now { get; } = now;

    /// <summary>Renders a Liquid template over <see cref="Input"/>'s values (sandboxed, time-limited).</summary>
    public string Render(string template) => render(template);

    /// <summary>Evaluates a Liquid condition over <see cref="Input"/>'s values.</summary>
    public bool Evaluate(string condition) => evaluate(condition);

    /// <summary>The setting's value, or empty.</summary>
    public string Setting(string name) => Settings.TryGetValue(name, out var value) ? value : "";
}

/// <summary>Why a suspended task runs again: its timer came due, or an event for the same subject arrived.</summary>
public sealed record WorkflowResume(WorkflowResumeReason Reason, string? EventName);

public enum WorkflowResumeReason
{
    Timer,
    Event,
}
