namespace Eboi.Workflows.Engine;

/// <summary>The app.scope value the workflow RLS policies accept (Data/Migrations/0001_workflows.sql); no other table names it.</summary>
internal static class WorkflowWorkerScope
{
    public const string Name = "workflows-worker";
}
