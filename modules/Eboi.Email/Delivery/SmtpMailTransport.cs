using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Eboi.Email.Delivery;

/// <summary>Delivers through an SMTP server with MailKit: TLS per <see cref="SmtpSettings.EnableSsl"/>, login when a user name is set.</summary>
internal sealed class SmtpMailTransport(SmtpSettings settings) : IMailTransport
{
    /// <summary>EnableSsl: implicit TLS on port 465, STARTTLS (required) elsewhere; without it plain SMTP, as before MailKit.</summary>
    public SecureSocketOptions Security =>
        !settings.EnableSsl ? SecureSocketOptions.None
        : settings.Port == 465 ? SecureSocketOptions.SslOnConnect
        : SecureSocketOptions.StartTls;

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        // Timeout bounds each network operation; the deadline bounds the whole exchange, so a slow server cannot outlast the claim lease.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(settings.Timeout);
        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host ?? throw new InvalidOperationException("No SMTP host is configured."), settings.Port, Security, deadline.Token);
            if (!string.IsNullOrEmpty(settings.UserName))
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", deadline.Token);
            await client.SendAsync(message, deadline.Token);
            await client.DisconnectAsync(quit: true, deadline.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"The SMTP server {settings.Host}:{settings.Port} did not accept the message within {settings.Timeout.TotalSeconds:0} s.");
        }
    }
}
