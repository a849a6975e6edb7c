using System.Net.Mail;

namespace Eboi.Email.Delivery;

/// <summary>With no SMTP server configured, writes each message as an .eml file into the data folder (DESIGN).</summary>
public sealed class PickupDirectoryMailTransport(string directory) : IMailTransport
{
    public async Task SendAsync(MailMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        using var client = new SmtpClient
        {
            DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
            PickupDirectoryLocation = directory,
        };
        await client.SendMailAsync(message, ct);
    }
}
