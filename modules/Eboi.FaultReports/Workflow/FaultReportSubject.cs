using Eboi.Core.Workflows;
using Eboi.FaultReports.Events;
using Eboi.FaultReports.Reports;

namespace Eboi.FaultReports.Workflow;

/// <summary>
/// Lets workflows set the status of a report and assign it ("usterka"): the same staging as the staff desk (row, public
/// timeline entry, status event), left for the engine's step transaction to commit.
/// </summary>
internal sealed class FaultReportSubject(FaultReportStore store, FaultReportStatusChanger status, TimeProvider clock) : IWorkflowSubjectType
{
    public string Type => FaultReportWorkflowFields.SubjectType;
    public string Label => "Zgłoszenie usterki";
    public IReadOnlyList<WorkflowChoice> Statuses { get; } = FaultStatus.All.Select(s => new WorkflowChoice(s, FaultStatus.Label(s))).ToList();

    public async Task<bool> SetStatusAsync(string id, string newStatus, string? publicNote, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var reportId) || await store.FindAsync(reportId, ct) is not { } report) return false;
        await status.StageAsync(report, newStatus, string.IsNullOrWhiteSpace(publicNote) ? null : publicNote.Trim(), ct);
        return true;
    }

    public async Task<bool> AssignAsync(string id, WorkflowAssignee assignee, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var reportId) || await store.FindAsync(reportId, ct) is not { } report) return false;
        if (assignee.Kind == WorkflowAssigneeKind.Role) report.AssignedRole = assignee.Value;
        else if (Guid.TryParse(assignee.Value, out var userId)) report.AssignedUserId = userId;
        report.UpdatedAt = clock.GetUtcNow();
        return true;
    }
}
