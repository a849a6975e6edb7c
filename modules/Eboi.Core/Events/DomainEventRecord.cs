using Eboi.Core.Data;

namespace Eboi.Core.Events;

/// <summary>A published event as stored (domain_events): its stable type name and JSON payload.</summary>
public sealed class DomainEventRecord : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public string Type { get; set; } = "";
    public string Payload { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
