namespace Eboi.Core.Workflows;

/// <summary>
/// An activity a workflow runs (send e-mail, set status, wait…). The engine's own tasks and any module's use this one
/// interface; register with <see cref="WorkflowServiceCollectionExtensions.AddWorkflowTask{T}"/> (scoped, so it may take
/// EboiDbContext and module services). A task runs inside the step's transaction: stage side effects (outbox e-mail,
/// rows, events) in the scoped EboiDbContext and never commit; the engine commits them with the step, or rolls all back.
/// </summary>
public interface IWorkflowTask
{
    /// <summary>Stable name stored in definitions and recipes ("email.send", "usterki.ustaw-kategorie"); never rename.</summary>
    string Name { get; }

    /// <summary>Polish name in the editor ("Wyślij e-mail").</summary>
    string Label { get; }

    /// <summary>The settings the editor shows as form fields, in order.</summary>
    IReadOnlyList<WorkflowParameter> Parameters { get; }

    /// <summary>The outcomes transitions may leave by, given its settings (e.g. "tak"/"nie"; most tasks: "gotowe").</summary>
    IReadOnlyList<WorkflowChoice> Outcomes(IReadOnlyDictionary<string, string> settings);

    /// <summary>Polish messages for invalid settings, keyed by parameter name (empty when valid). Called on save and on recipe apply.</summary>
    IReadOnlyList<WorkflowSettingError> Validate(IReadOnlyDictionary<string, string> settings, WorkflowValidationContext context);

    /// <summary>Runs the step; throw to fail it (retried with backoff, then the instance is Faulted).</summary>
    Task<WorkflowTaskResult> ExecuteAsync(WorkflowTaskContext context, CancellationToken ct);
}

/// <summary>One setting of a task as the editor shows it.</summary>
/// <param name="Choices">For <see cref="WorkflowParameterKind.Choice"/>: the allowed values.</param>
public sealed record WorkflowParameter(string Name, string Label, WorkflowParameterKind Kind, bool Required, string? Hint = null, IReadOnlyList<WorkflowChoice>? Choices = null);

public enum WorkflowParameterKind
{
    /// <summary>Plain text, used as is.</summary>
    Text,

    /// <summary>Liquid template over the event's values, rendered in Core's sandbox (<see cref="WorkflowTaskContext.Render"/>).</summary>
    Template,

    /// <summary>Liquid condition ("status == 'nowe'"), evaluated by <see cref="WorkflowTaskContext.Evaluate"/>.</summary>
    Condition,

    /// <summary>One of <see cref="WorkflowParameter.Choices"/>.</summary>
    Choice,

    /// <summary>A whole number.</summary>
    Number,

    /// <summary>An e-mail template key registered with AddEmailTemplates.</summary>
    EmailTemplate,

    /// <summary>A role name of the tenant.</summary>
    Role,

    /// <summary>An e-mail address.</summary>
    Email,
}

/// <summary>A Polish message for one setting.</summary>
public sealed record WorkflowSettingError(string Parameter, string Message);

/// <summary>What validation may check settings against: the tenant's roles and the registered e-mail templates.</summary>
public sealed record WorkflowValidationContext(IReadOnlySet<string> Roles, IReadOnlySet<string> EmailTemplates, WorkflowEventDefinition? Trigger);
