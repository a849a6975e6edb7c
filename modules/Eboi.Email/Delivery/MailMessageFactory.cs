using System.Text;
using Eboi.Core.Tenancy;
using Eboi.Email.Domain;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;

namespace Eboi.Email.Delivery;

/// <summary>Turns an outbox row into a MIME message: From "office name &lt;noreply&gt;", UTF-8, text + HTML alternatives.</summary>
internal sealed class MailMessageFactory(IOptionsMonitor<EmailOptions> options, TimeProvider clock)
{
    public MimeMessage Create(EmailOutboxMessage row, TenantInfo tenant)
    {
        var from = new MailboxAddress(Encoding.UTF8, tenant.OfficeName, options.CurrentValue.From);
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(row.ToAddress));
        message.Subject = row.Subject;
        message.Date = clock.GetUtcNow();
        // A stable id lets receivers drop the duplicate if a crash after sending makes the worker send a row again.
        message.MessageId = $"{row.Id:N}@{from.Domain}";
        // RFC 3834: automatic mail, so vacation responders do not answer it.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new MultipartAlternative { Part(TextFormat.Plain, row.BodyText), Part(TextFormat.Html, row.BodyHtml) };
        return message;
    }

    private static TextPart Part(TextFormat format, string text)
    {
        var part = new TextPart(format);
        part.SetText(Encoding.UTF8, text);
        return part;
    }
}
