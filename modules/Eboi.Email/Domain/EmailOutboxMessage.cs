using Eboi.Core.Jobs;
using Eboi.Core.Data;

namespace Eboi.Email.Domain;

/// <summary>
/// One rendered message waiting for (or done with) delivery. Rendered when enqueued, so what is sent is what the
/// template said at the time of the change, and the sender needs no tenant data beyond the office name.
/// </summary>
internal sealed class EmailOutboxMessage : ITenantOwned, ILeasedRow
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public string TemplateKey { get; set; } = "";
    public string ToAddress { get; set; } = "";
    public string Subject { get; set; } = "";
    public string BodyText { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    public EmailStatus Status { get; set; } = EmailStatus.Pending;

    /// <summary>Delivery attempts started so far (a claim counts one, so a crash mid-send is not retried forever).</summary>
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}
