using Eboi.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Eboi.IntegrationTests.Infrastructure;

/// <summary>
/// Waits on an app's e-mail outbox worker: the one place tests wait for it, so the worker's own "drained" signal (the job
/// loop of issue 8 item 3) can replace these bodies without touching the tests.
/// </summary>
public static class MailWorker
{
    /// <summary>
    /// Until every committed message is sent or waiting for a later retry: none due, none claimed and in flight. After it,
    /// the catcher holds every message sent so far, so "no further mail" can be asserted without a fixed sleep.
    /// </summary>
    public static async Task WaitUntilDeliveredAsync(EboiAppFactory app, TimeSpan? timeout = null)
    {
        var clock = app.Services.GetRequiredService<TimeProvider>();
        var lease = app.Services.GetRequiredService<IOptions<EmailOptions>>().Value.Outbox.ClaimLease;
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestDatabase.AdminConnectionString) { Database = app.Database.Name }.ConnectionString);
        await conn.OpenAsync();
        var until = DateTime.UtcNow + (timeout ?? CaughtMail.Patience);
        while (true)
        {
            var now = clock.GetUtcNow();
            // A claimed row is Pending with next_attempt_at moved a lease ahead; a retry is due well before that.
            await using var cmd = new NpgsqlCommand(
                "SELECT count(*) FROM email_outbox WHERE status = 'Pending' AND (next_attempt_at <= @now OR next_attempt_at > @inFlight)", conn);
            cmd.Parameters.AddWithValue("now", now);
            cmd.Parameters.AddWithValue("inFlight", now + lease - TimeSpan.FromMinutes(1));
            if ((long)(await cmd.ExecuteScalarAsync())! == 0) return;
            if (DateTime.UtcNow > until) throw new TimeoutException($"The e-mail worker of {app.Database.Name} still had messages to send after {(timeout ?? CaughtMail.Patience).TotalSeconds:0} s.");
            await Task.Delay(50);
        }
    }

    /// <summary>
    /// Until the worker has had a whole round (woken or polled) after now, so a test can assert what it did NOT do.
    /// Today one poll interval and a margin; the worker's "drained" signal replaces this at the merge.
    /// </summary>
    public static Task WaitForARoundAsync(EboiAppFactory app)
    {
        var poll = app.Services.GetRequiredService<IOptions<EmailOptions>>().Value.Outbox.PollInterval;
        return Task.Delay(poll + TimeSpan.FromMilliseconds(500));
    }
}
