using Eboi.Core.Workflows;

namespace Eboi.Workflows.Tasks;

/// <summary>Outcomes shared by the built-in tasks.</summary>
internal static class TaskOutcomes
{
    public static readonly IReadOnlyList<WorkflowChoice> Done = [new(WorkflowTaskNames.Done, "Gotowe")];
}
