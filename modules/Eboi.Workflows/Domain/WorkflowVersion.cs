using Eboi.Core.Data;

namespace Eboi.Workflows.Domain;

/// <summary>One saved version of a definition (workflow_versions): what an instance started on keeps running on.</summary>
internal sealed class WorkflowVersion : ITenantOwned
{
    public Guid DefinitionId { get; set; }
    public int Version { get; set; }
    public Guid TenantId { get; set; }
    public string Title { get; set; } = "";
    public string TriggerEvent { get; set; } = "";
    public string? TriggerCron { get; set; }
    public WorkflowGraph Graph { get; set; } = new();
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}
