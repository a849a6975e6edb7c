using Eboi.Users.Domain;
using Eboi.Users.Email;
using System.Net;
using System.Net.Sockets;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Email;
using Eboi.Email.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Email;

/// <summary>An app whose SMTP server does not answer (a closed port), with a clock the test moves.</summary>
public sealed class ClosedPortMailApp : MailApp
{
    // Whole seconds, so times survive PostgreSQL's microsecond precision and compare exactly.
    public ManualClock Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    protected override void ConfigureMail(EmailOptions options)
    {
        options.Smtp.Host = "127.0.0.1";
        options.Smtp.Port = LoopbackPorts.Free();
    }

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}

/// <summary>A failing transport leaves the message pending and retries it later, each time waiting longer.</summary>
public sealed class FailingTransportTests(ClosedPortMailApp app) : IClassFixture<ClosedPortMailApp>
{
    [Fact]
    public async Task A_failed_delivery_stays_pending_with_the_error_and_retries_with_growing_backoff()
    {
        var to = MailApp.NewAddress("nieosiagalny");
        await app.EnqueueWithChangeAsync("pokrzywnica", new OutgoingEmail(AccountEmails.PasswordChanged, to,
            new Dictionary<string, string> { [AccountEmailPlaceholders.Imie] = "Jan", [AccountEmailPlaceholders.Czas] = "21.11.2025, 10:00" }));

        var first = await app.WaitForRowAsync(to, r => r.Attempts == 1 && r.LastError is not null && r.NextAttemptAt - app.Clock.GetUtcNow() < TimeSpan.FromMinutes(5));
        var firstAt = app.Clock.GetUtcNow();
        Assert.Equal(EmailStatus.Pending, first.Status);
        Assert.Null(first.SentAt);
        Assert.Contains("SocketException", first.LastError);   // MailKit: the connection to the closed port is refused
        Assert.Equal(TimeSpan.FromSeconds(30), first.NextAttemptAt - firstAt);

        // Nothing happens until the row is due again.
        await MailWorker.WaitUntilDeliveredAsync(app.App);
        Assert.Equal(1, (await app.WaitForRowAsync(to, _ => true)).Attempts);

        app.Clock.Advance(TimeSpan.FromSeconds(31));
        // While an attempt is in flight the row's next_attempt_at is the claim lease (minutes ahead); wait for the retry time.
        var second = await app.WaitForRowAsync(to, r => r.Attempts == 2 && r.NextAttemptAt - app.Clock.GetUtcNow() < TimeSpan.FromMinutes(5));
        Assert.Equal(EmailStatus.Pending, second.Status);
        Assert.Equal(TimeSpan.FromSeconds(60), second.NextAttemptAt - app.Clock.GetUtcNow());
    }
}
