using Microsoft.Extensions.Logging;

namespace Eboi.Core.Jobs;

/// <summary>
/// The one job loop of the process: a round runs every registered <see cref="IJobQueue"/> once (scheduled jobs, event
/// deliveries, e-mail). <see cref="JobWorker"/> runs rounds in the background; tests and the CLI call
/// <see cref="DrainAsync"/> to run everything due now and know when it is done. Rounds of one instance never overlap.
/// </summary>
public sealed class JobLoop(IEnumerable<IJobQueue> queues, ILogger<JobLoop> logger)
{
    private const int MaxDrainRounds = 1000;
    private readonly IJobQueue[] _queues = queues.ToArray();
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Runs each queue once; returns how many items were claimed in all (0: nothing was due). A failing queue is logged and the others still run.</summary>
    public Task<int> RunRoundAsync(CancellationToken ct) => RoundAsync(rethrow: false, ct);

    /// <summary>
    /// "Worker drained": runs rounds (after any round in flight in this process) until one finds nothing due, then returns.
    /// With a fake <see cref="TimeProvider"/>, advance it first to make retries and cron occurrences due. Throws a queue's error.
    /// </summary>
    public async Task DrainAsync(CancellationToken ct = default)
    {
        for (var round = 0; round < MaxDrainRounds; round++)
            if (await RoundAsync(rethrow: true, ct) == 0) return;
        throw new InvalidOperationException($"The job loop still had due work after {MaxDrainRounds} rounds (a handler that keeps publishing?).");
    }

    private async Task<int> RoundAsync(bool rethrow, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var claimed = 0;
            foreach (var queue in _queues)
            {
                try
                {
                    claimed += await queue.RunDueAsync(ct);
                }
                catch (Exception e) when (!rethrow && !ct.IsCancellationRequested)
                {
                    logger.LogError(e, "Job queue {Queue} failed its round; trying again at the next poll", queue.GetType().Name);
                }
            }
            return claimed;
        }
        finally
        {
            _gate.Release();
        }
    }
}
