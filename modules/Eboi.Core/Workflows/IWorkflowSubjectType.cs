namespace Eboi.Core.Workflows;

/// <summary>
/// A kind of record that workflows can set the status of and assign (fault reports now, cases next), implemented by its
/// module and registered with <see cref="WorkflowServiceCollectionExtensions.AddWorkflowSubjectType{T}"/>. The engine's
/// generic SetStatus and Assign tasks call it inside the step's transaction (scoped EboiDbContext, tenant set): stage
/// changes, publish events, do not commit.
/// </summary>
public interface IWorkflowSubjectType
{
    /// <summary>Matches <see cref="WorkflowSubject.Type"/> ("usterka").</summary>
    string Type { get; }

    /// <summary>Polish name for the editor ("Zgłoszenie usterki").</summary>
    string Label { get; }

    /// <summary>Statuses a workflow may set, stable value + Polish label.</summary>
    IReadOnlyList<WorkflowChoice> Statuses { get; }

    /// <summary>Sets the status with a note shown to the public (may be null); false when the record is gone.</summary>
    Task<bool> SetStatusAsync(string id, string status, string? publicNote, CancellationToken ct);

    /// <summary>Assigns the record to a role or a staff user; false when the record is gone.</summary>
    Task<bool> AssignAsync(string id, WorkflowAssignee assignee, CancellationToken ct);
}

/// <summary>A value to pick in the editor with its Polish label.</summary>
public sealed record WorkflowChoice(string Value, string Label);

/// <summary>Who a record or notification goes to: a role by name, or one staff user by id.</summary>
public sealed record WorkflowAssignee(WorkflowAssigneeKind Kind, string Value);

public enum WorkflowAssigneeKind
{
    Role,
    User,
}
