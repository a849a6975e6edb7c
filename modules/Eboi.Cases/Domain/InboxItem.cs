using Eboi.Core.Data;

namespace Eboi.Cases.Domain;

/// <summary>
/// Something a citizen sent (a message, a form) waiting for the EZD's pull until it is acknowledged with the register
/// number the EZD gave it (<see cref="RegisterNumber"/>), which the citizen then sees.
/// </summary>
internal sealed class InboxItem : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public string Kind { get; set; } = "";
    public Guid SenderUserId { get; set; }
    public string Title { get; set; } = "";

    /// <summary>The sender's content as JSON (jsonb).</summary>
    public string Body { get; set; } = "{}";

    /// <summary>The attachments as JSON (jsonb array of <see cref="CaseInboxAttachment"/>).</summary>
    public string Attachments { get; set; } = "[]";
    public string? CaseSign { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public string? RegisterNumber { get; set; }
}
