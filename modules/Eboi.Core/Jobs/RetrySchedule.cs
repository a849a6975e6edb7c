namespace Eboi.Core.Jobs;

/// <summary>
/// Exponential backoff of failed attempts (jobs, event handlers, e-mail): after the n-th failed attempt wait BaseDelay × 2^(n-1), capped at
/// MaxDelay; after MaxAttempts attempts the item is Failed. Defaults: 30 s, 1, 2, 4, 8, 16, 32 min, then Failed.
/// </summary>
public sealed record RetrySchedule(TimeSpan BaseDelay, TimeSpan MaxDelay, int MaxAttempts)
{
    public static readonly RetrySchedule Default = new(TimeSpan.FromSeconds(30), TimeSpan.FromHours(6), 8);

    /// <summary>Delay before the next attempt after <paramref name="attempts"/> attempts failed, or null to give up.</summary>
    public TimeSpan? DelayAfter(int attempts)
    {
        if (attempts >= MaxAttempts) return null;
        var exponent = Math.Clamp(attempts - 1, 0, 30);   // 2^30 × anything sensible is far past the cap; no overflow
        var ticks = BaseDelay.Ticks * Math.Pow(2, exponent);
        return ticks >= MaxDelay.Ticks ? MaxDelay : TimeSpan.FromTicks((long)ticks);
    }
}
