using Eboi.Core.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Infrastructure;

/// <summary>
/// Waits on an app's job loop (which delivers its e-mail): the one place tests wait for background work, through the
/// loop's own "drained" signal instead of sleeps.
/// </summary>
public static class MailWorker
{
    /// <summary>
    /// Until nothing is due: every committed message sent or waiting for a later retry. After it the catcher holds every
    /// message sent so far, so "no further mail" can be asserted without a fixed sleep.
    /// </summary>
    public static async Task WaitUntilDeliveredAsync(EboiAppFactory app, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? CaughtMail.Patience);
        await app.Services.GetRequiredService<JobLoop>().DrainAsync(cts.Token);
    }
}
