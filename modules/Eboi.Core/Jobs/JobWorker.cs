using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eboi.Core.Jobs;

/// <summary>
/// The background service running the <see cref="JobLoop"/> for every tenant: a round right after work was found,
/// else waits for a local commit (<see cref="JobSignal"/>) or the poll interval (rows of other nodes, retries coming due).
/// Start-up does no per-tenant work.
/// </summary>
public sealed class JobWorker(JobLoop loop, JobSignal signal, IOptionsMonitor<JobOptions> options, TimeProvider clock, ILogger<JobWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var woken = signal.Arm();
            var claimed = 0;
            try
            {
                claimed = await loop.RunRoundAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Job round failed; trying again at the next poll");
            }
            // Something was claimed: more may be due right now (a full batch, or deliveries a cron round just created).
            if (claimed == 0) await WaitAsync(woken, stoppingToken);
        }
    }

    private async Task WaitAsync(Task woken, CancellationToken stoppingToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var poll = Task.Delay(options.CurrentValue.PollInterval, clock, stop.Token);
        await Task.WhenAny(woken, poll);
        await stop.CancelAsync();
    }
}
