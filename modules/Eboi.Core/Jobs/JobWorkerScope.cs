namespace Eboi.Core.Jobs;

/// <summary>The app.scope value the jobs RLS policies accept (Data/Migrations/0008_jobs.sql); no other table names it.</summary>
public static class JobWorkerScope
{
    public const string Name = "jobs-worker";
}
