using Eboi.Core.Jobs;
using Eboi.Core.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Jobs;

/// <summary>Cron jobs (Cronos, Europe/Warsaw) run once per occurrence and tenant, however many loops claim them.</summary>
public sealed class ScheduledJobTests(JobsApp app) : IClassFixture<JobsApp>
{
    [Fact]
    public async Task Each_occurrence_runs_once_per_active_tenant_and_once_host_wide_across_two_loops()
    {
        var tenants = await app.App.Services.GetRequiredService<TenantRegistry>().AllAsync();
        var active = tenants.Where(t => t.Enabled).Select(t => (Guid?)t.Id).ToHashSet();
        Assert.True(active.Count >= 4);

        var a = app.NewLoop();
        var b = app.NewLoop();
        var occurrences = new List<DateTimeOffset>();
        for (var minute = 0; minute < 3; minute++)
        {
            // The next whole minute (the cron is "* * * * *"): due now, for every loop at once.
            var now = app.Clock.GetUtcNow();
            var next = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddMinutes(1);
            app.Clock.Advance(next - now);
            occurrences.Add(next);
            await Task.WhenAll(Task.Run(() => a.DrainAsync()), Task.Run(() => b.DrainAsync()), app.DrainAsync());
        }

        Assert.Empty(app.Recorder.Problems);
        foreach (var occurrence in occurrences)
        {
            var runs = app.Recorder.PerTenantRuns.Where(r => r.Key.Occurrence == occurrence).ToList();
            Assert.Equal(active, runs.Select(r => r.Key.Tenant).ToHashSet());
            Assert.All(runs, r => Assert.Equal(1, r.Value));
            Assert.Equal(1, app.Recorder.HostRuns.GetValueOrDefault(occurrence));
        }
        // Every run recorded anywhere (earlier minutes included) ran exactly once.
        Assert.All(app.Recorder.PerTenantRuns, r => Assert.Equal(1, r.Value));
        Assert.All(app.Recorder.HostRuns, r => Assert.Equal(1, r.Value));
        Assert.All(await app.DeliveriesAsync(d => d.Kind == JobKind.Scheduled), d => Assert.Equal(JobStatus.Done, d.Status));
    }

    [Fact]
    public void Cron_expressions_are_read_in_polish_time_across_the_dst_change()
    {
        var registration = app.App.Services.GetServices<ScheduledJobRegistration>().Single(j => j.Name == JobsApp.PerTenantJob);
        Assert.True(registration.PerTenant);
        var probe = new ServiceCollection().AddScheduledJob<HostEveryMinuteJob>("probe.daily", "0 3 * * *", JobScope.Host);
        var daily = probe.BuildServiceProvider().GetRequiredService<ScheduledJobRegistration>();
        // 03:00 in Warsaw: 02:00 UTC in summer (CEST), 03:00 UTC in winter (CET).
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 1, 0, 0, TimeSpan.Zero), daily.NextAfter(new DateTimeOffset(2026, 6, 30, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero), daily.NextAfter(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero)));
    }
}
