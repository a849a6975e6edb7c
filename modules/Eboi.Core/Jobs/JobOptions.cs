namespace Eboi.Core.Jobs;

/// <summary>The job loop (Eboi:Jobs): polling, batch, claim lease and the retry schedule of event handlers and scheduled jobs.</summary>
public sealed class JobOptions
{
    public const string Section = "Eboi:Jobs";

    /// <summary>How often the loop looks for due work when nothing woke it (rows of other nodes, retries coming due).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 20;

    /// <summary>A claimed item is not due again for this long, so another node does not run it while this one does.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(6);
    public int MaxAttempts { get; set; } = 8;

    public RetrySchedule RetrySchedule => new(RetryBaseDelay, RetryMaxDelay, MaxAttempts);
}
