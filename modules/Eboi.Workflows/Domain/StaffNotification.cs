using Eboi.Core.Data;

namespace Eboi.Workflows.Domain;

/// <summary>A message for office staff in the panel (staff_notifications), to a role or to one user, from a workflow.</summary>
internal sealed class StaffNotification : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public string? Role { get; set; }
    public Guid? UserId { get; set; }
    public string Text { get; set; } = "";
    public Guid? InstanceId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    public string? ReadBy { get; set; }
}
