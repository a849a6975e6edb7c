using MimeKit;

namespace Eboi.Email.Delivery;

/// <summary>Hands one message to the outside world (an SMTP server, or a folder of .eml files); throws when it cannot.</summary>
internal interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}
