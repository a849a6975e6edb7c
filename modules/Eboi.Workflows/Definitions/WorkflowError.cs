namespace Eboi.Workflows.Definitions;

/// <summary>
/// One problem in a workflow: where, as a path relative to the workflow ("activities[2].settings.szablon",
/// "transitions[0].to", "trigger.event"), and a Polish message. Recipes prefix the path with "$.workflows[n].".
/// </summary>
internal sealed record WorkflowError(string Path, string Message);
