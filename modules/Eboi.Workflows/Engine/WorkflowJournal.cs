namespace Eboi.Workflows.Engine;

/// <summary>Task names of journal lines the engine writes itself (not steps of a task).</summary>
internal static class WorkflowJournal
{
    public const string Start = "start";
    public const string Retry = "ponowienie";
}
