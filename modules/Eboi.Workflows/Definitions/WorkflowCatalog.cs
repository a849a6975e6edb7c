using Eboi.Core.Workflows;
using Eboi.Workflows.Domain;

namespace Eboi.Workflows.Definitions;

/// <summary>What workflows may use here: the registered tasks, events and subject types (scoped, as tasks are).</summary>
internal sealed class WorkflowCatalog(IEnumerable<IWorkflowTask> tasks, IEnumerable<WorkflowEventDefinition> events, IEnumerable<IWorkflowSubjectType> subjects)
{
    public IReadOnlyList<IWorkflowTask> Tasks { get; } = tasks.ToList();
    public IReadOnlyList<WorkflowEventDefinition> Events { get; } = events.ToList();
    public IReadOnlyList<IWorkflowSubjectType> Subjects { get; } = subjects.ToList();

    public IWorkflowTask? Task(string name) => Tasks.FirstOrDefault(t => t.Name == name);
    public WorkflowEventDefinition? Event(string name) => Events.FirstOrDefault(e => e.Name == name);
    public IWorkflowSubjectType? Subject(string? type) => Subjects.FirstOrDefault(s => s.Type == type);

    /// <summary>Polish label of a trigger (an event, or the timer).</summary>
    public string TriggerLabel(string trigger) =>
        trigger == WorkflowTriggers.Timer ? WorkflowTriggers.TimerLabel : Event(trigger)?.Label ?? trigger;
}
