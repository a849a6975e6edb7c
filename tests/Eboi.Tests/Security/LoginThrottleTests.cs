using Eboi.Core.Security;
using Microsoft.Extensions.Time.Testing;

namespace Eboi.Tests.Security;

public sealed class LoginThrottleTests
{
    private static readonly Guid Tenant = Guid.NewGuid();
    private const string Owner = "198.51.100.7";
    private const string Attacker = "203.0.113.9";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));
    private LoginThrottle NewThrottle() => new(_clock);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 0)]
    [InlineData(4, 1)]
    [InlineData(5, 2)]
    [InlineData(6, 4)]
    [InlineData(7, 8)]
    [InlineData(50, 8)]
    public void Delay_doubles_after_the_free_failures_up_to_the_cap(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), LoginThrottle.DelayAfter(failures));

    [Fact]
    public void Failures_from_one_source_block_that_source_only()
    {
        var throttle = NewThrottle();
        for (var i = 0; i < LoginThrottle.MaxFailuresPerSource; i++)
        {
            Assert.False(throttle.IsSourceBlocked(Tenant, "sekretarz@kozy.pl", Attacker));
            throttle.Fail(Tenant, "sekretarz@kozy.pl", Attacker);
        }
        Assert.True(throttle.IsSourceBlocked(Tenant, "SEKRETARZ@kozy.pl ", Attacker));   // names compare as logins do
        Assert.False(throttle.IsSourceBlocked(Tenant, "sekretarz@kozy.pl", Owner));
        Assert.False(throttle.IsSourceBlocked(Guid.NewGuid(), "sekretarz@kozy.pl", Attacker));   // another gmina's account

        _clock.Advance(LoginThrottle.Window);
        Assert.False(throttle.IsSourceBlocked(Tenant, "sekretarz@kozy.pl", Attacker));
    }

    [Fact]
    public void Attempts_on_one_name_are_spaced_out_one_after_another_and_refused_beyond_the_longest_wait()
    {
        var throttle = NewThrottle();
        const string login = "sekretarz@kozy.pl";
        var turns = new List<TimeSpan?>();
        for (var i = 0; i < 7; i++)
        {
            var turn = throttle.Reserve(Tenant, login);
            turns.Add(turn);
            _clock.Advance((turn ?? TimeSpan.Zero) + TimeSpan.FromSeconds(1));   // the attempt waits its turn
            throttle.Fail(Tenant, login, $"203.0.113.{i}");                       // a guesser rotating addresses
        }
        // After four failures a turn is followed by the next 1 s later, after five 2 s later: the seventh attempt,
        // 1 s after the sixth, waits 1 s more.
        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromSeconds(1)], turns);
        _clock.Advance(TimeSpan.FromSeconds(10));
        // Seven failures: each further attempt takes the next turn 8 s after the previous one, even if they come at once.
        var waits = Enumerable.Range(0, 4).Select(_ => throttle.Reserve(Tenant, login)).ToList();
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(16), TimeSpan.FromSeconds(24)], waits);
        Assert.Null(throttle.Reserve(Tenant, login));   // 32 s would be past MaxWait: refused unchecked, not queued

        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(TimeSpan.FromSeconds(2), throttle.Reserve(Tenant, login));   // the queue drains with time

        _clock.Advance(LoginThrottle.Window);
        Assert.Equal(TimeSpan.Zero, throttle.Reserve(Tenant, login));   // a new window starts afresh
        Assert.Equal(TimeSpan.Zero, throttle.Reserve(Tenant, login));
    }

    [Fact]
    public void A_right_password_clears_its_source()
    {
        var throttle = NewThrottle();
        for (var i = 0; i < LoginThrottle.MaxFailuresPerSource; i++) throttle.Fail(Tenant, "jan", Owner);
        throttle.Succeed(Tenant, "jan", Owner);
        Assert.False(throttle.IsSourceBlocked(Tenant, "jan", Owner));
    }
}
