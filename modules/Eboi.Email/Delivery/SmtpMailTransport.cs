using System.Net;
using System.Net.Mail;

namespace Eboi.Email.Delivery;

/// <summary>Delivers through an SMTP server with System.Net.Mail (MailKit is not available here).</summary>
public sealed class SmtpMailTransport(SmtpSettings settings) : IMailTransport
{
    public async Task SendAsync(MailMessage message, CancellationToken ct)
    {
        // SmtpClient.Timeout applies to the synchronous Send only, so the async send gets its own deadline.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(settings.Timeout);
        using var client = new SmtpClient(settings.Host, settings.Port)
        {
            EnableSsl = settings.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = (int)settings.Timeout.TotalMilliseconds,
        };
        if (!string.IsNullOrEmpty(settings.UserName)) client.Credentials = new NetworkCredential(settings.UserName, settings.Password);
        try
        {
            await client.SendMailAsync(message, deadline.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"The SMTP server {settings.Host}:{settings.Port} did not accept the message within {settings.Timeout.TotalSeconds:0} s.");
        }
    }
}
