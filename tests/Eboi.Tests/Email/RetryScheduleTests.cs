using Eboi.Core.Jobs;

namespace Eboi.Tests.Email;

public sealed class RetryScheduleTests
{
    [Fact]
    public void Default_backoff_doubles_from_30_seconds_and_gives_up_after_8_attempts()
    {
        var delays = Enumerable.Range(1, 8).Select(RetrySchedule.Default.DelayAfter).ToList();

        Assert.Equal(
            [
                TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4),
                TimeSpan.FromMinutes(8), TimeSpan.FromMinutes(16), TimeSpan.FromMinutes(32), null,
            ],
            delays);
    }

    [Fact]
    public void Delays_are_capped()
    {
        var schedule = RetrySchedule.Default with { MaxAttempts = 100 };

        Assert.Equal(TimeSpan.FromMinutes(256), schedule.DelayAfter(10));
        Assert.Equal(TimeSpan.FromHours(6), schedule.DelayAfter(11));
        Assert.Equal(TimeSpan.FromHours(6), schedule.DelayAfter(99));
        Assert.Null(schedule.DelayAfter(100));
    }

    [Fact]
    public void Each_delay_is_at_least_as_long_as_the_one_before()
    {
        var schedule = RetrySchedule.Default with { MaxAttempts = 64 };
        var delays = Enumerable.Range(1, 63).Select(a => schedule.DelayAfter(a)!.Value).ToList();

        Assert.All(delays.Zip(delays.Skip(1)), p => Assert.True(p.Second >= p.First));
    }
}
