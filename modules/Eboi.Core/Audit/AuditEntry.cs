using Eboi.Core.Data;

namespace Eboi.Core.Audit;

/// <summary>One event in the tenant's audit log: who did what to whom, when and from where.</summary>
public sealed class AuditEntry : ITenantOwned
{
    public long Id { get; set; }
    public Guid TenantId { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>The <see cref="AuditEvent.Name"/> of what happened.</summary>
    public string Event { get; set; } = "";
    public Guid? ActorId { get; set; }
    public string? Actor { get; set; }
    public string Subject { get; set; } = "";
    public string? Details { get; set; }
    public string? Ip { get; set; }
}
