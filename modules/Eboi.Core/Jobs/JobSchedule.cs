namespace Eboi.Core.Jobs;

/// <summary>A registered cron job's next occurrence (job_schedules, host-level); the row lock makes each occurrence run once.</summary>
public sealed class JobSchedule
{
    public string Name { get; set; } = "";
    public string Cron { get; set; } = "";
    public bool PerTenant { get; set; }
    public DateTimeOffset NextRunAt { get; set; }
}
