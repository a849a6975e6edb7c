using Eboi.Core.Data;

namespace Eboi.Workflows.Domain;

/// <summary>A tenant's workflow settings (workflow_settings); no row means the defaults.</summary>
internal sealed class WorkflowSettings : ITenantOwned
{
    public const int DefaultRetentionDays = 90;
    public const int MinRetentionDays = 1;
    public const int MaxRetentionDays = 3650;

    public Guid TenantId { get; set; }

    /// <summary>Finished and faulted instances (with their journals) older than this are deleted.</summary>
    public int RetentionDays { get; set; } = DefaultRetentionDays;
}
