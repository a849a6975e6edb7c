namespace Eboi.Workflows.Domain;

/// <summary>The trigger that is not a module's event: a cron timer.</summary>
internal static class WorkflowTriggers
{
    /// <summary>Trigger name of a workflow started by its cron expression rather than by an event.</summary>
    public const string Timer = "czasomierz";
    public const string TimerLabel = "Czasomierz (harmonogram cron)";
}
