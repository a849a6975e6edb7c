using Eboi.Core.Data;

namespace Eboi.Workflows.Domain;

/// <summary>
/// A workflow type of one tenant (workflow_definitions): its current version, trigger and graph. Every save that
/// changes it increments <see cref="Version"/> and keeps the old one in <see cref="WorkflowVersion"/>, so running
/// instances finish on the version they started.
/// </summary>
internal sealed class WorkflowDefinition : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }

    /// <summary>Stable key (recipes, import), unique per tenant.</summary>
    public string Key { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>A workflow event name, or <see cref="WorkflowTriggers.Timer"/>.</summary>
    public string TriggerEvent { get; set; } = "";

    /// <summary>The cron expression of a timer trigger (Europe/Warsaw), else null.</summary>
    public string? TriggerCron { get; set; }

    public bool Enabled { get; set; }
    public int Version { get; set; }
    public WorkflowGraph Graph { get; set; } = new();

    /// <summary>Next occurrence of a timer trigger (UTC); null for event triggers.</summary>
    public DateTimeOffset? NextFireAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
