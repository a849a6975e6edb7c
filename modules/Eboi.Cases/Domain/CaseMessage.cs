using Eboi.Core.Data;

namespace Eboi.Cases.Domain;

/// <summary>A message a party wrote to the case officer ("Napisz do prowadzącego"); it also waits in the EZD inbox as <see cref="InboxItemId"/>.</summary>
internal sealed class CaseMessage : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid CaseId { get; set; }
    public Guid SenderUserId { get; set; }
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTimeOffset SentAt { get; set; }
    public Guid InboxItemId { get; set; }
}
