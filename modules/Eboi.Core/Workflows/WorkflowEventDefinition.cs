namespace Eboi.Core.Workflows;

/// <summary>
/// A domain event that workflows may start on or wait for (e.g. "usterki.zgloszenie-przyjete"), declared by the module
/// that publishes it with <see cref="WorkflowServiceCollectionExtensions.AddWorkflowEvent{TEvent}"/>. Workflows never see
/// the CLR event: only the flat <see cref="WorkflowEventData"/> its projection makes, so templates reach nothing else.
/// </summary>
public sealed class WorkflowEventDefinition
{
    private readonly Func<object, WorkflowEventData> _project;

    internal WorkflowEventDefinition(Type eventType, string name, string label, IReadOnlyList<WorkflowField> fields, Func<object, WorkflowEventData> project)
    {
        EventType = eventType;
        Name = name;
        Label = label;
        Fields = fields;
        _project = project;
    }

    public Type EventType { get; }

    /// <summary>Stable name stored in workflow definitions and recipes; never rename.</summary>
    public string Name { get; }

    /// <summary>Polish name shown in the editor ("Zgłoszono usterkę").</summary>
    public string Label { get; }

    /// <summary>The values the projection fills: what templates and conditions may use ({{ numer }}).</summary>
    public IReadOnlyList<WorkflowField> Fields { get; }

    /// <summary>The flat values, subject and person of one event of <see cref="EventType"/>.</summary>
    public WorkflowEventData Project(object domainEvent) => _project(domainEvent);
}

/// <summary>A named value an event offers to templates and conditions, with its Polish description for the editor.</summary>
public sealed record WorkflowField(string Name, string Description);
