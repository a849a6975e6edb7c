using Eboi.Core.Data;

namespace Eboi.Workflows.Domain;

/// <summary>One line of an instance's journal (workflow_journal): a step run, its outcome or error, or a note.</summary>
internal sealed class WorkflowJournalEntry : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid InstanceId { get; set; }
    public DateTimeOffset At { get; set; }
    public string ActivityId { get; set; } = "";
    public string Task { get; set; } = "";
    public string? Outcome { get; set; }
    public string? Error { get; set; }
    public string? Note { get; set; }
}
