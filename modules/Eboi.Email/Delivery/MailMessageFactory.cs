using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Eboi.Core.Tenancy;
using Eboi.Email.Domain;
using Microsoft.Extensions.Options;

namespace Eboi.Email.Delivery;

/// <summary>Turns an outbox row into a MIME message: From "office name &lt;noreply&gt;", UTF-8, text + HTML alternatives.</summary>
public sealed class MailMessageFactory(IOptionsMonitor<EmailOptions> options)
{
    public MailMessage Create(EmailOutboxMessage row, TenantInfo tenant)
    {
        var from = new MailAddress(options.CurrentValue.From, tenant.OfficeName, Encoding.UTF8);
        var message = new MailMessage
        {
            From = from,
            Subject = row.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            Body = row.BodyText,
            BodyEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        message.To.Add(new MailAddress(row.ToAddress));
        message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(row.BodyHtml, Encoding.UTF8, MediaTypeNames.Text.Html));
        // A stable id lets receivers drop the duplicate if a crash after sending makes the worker send a row again.
        message.Headers.Add("Message-ID", $"<{row.Id:N}@{from.Host}>");
        // RFC 3834: automatic mail, so vacation responders do not answer it.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        return message;
    }
}
