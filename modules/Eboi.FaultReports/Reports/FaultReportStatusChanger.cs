using Eboi.Core.Events;
using Eboi.FaultReports.Domain;
using Eboi.FaultReports.Events;

namespace Eboi.FaultReports.Reports;

/// <summary>
/// The one way a report's status changes (staff desk and workflows alike): the row, a public timeline entry and the
/// <see cref="FaultReportStatusChanged"/> event are staged together; the caller's SaveChanges commits them.
/// </summary>
internal sealed class FaultReportStatusChanger(FaultReportStore store, FaultReportSnapshots snapshots, IDomainEventPublisher events, TimeProvider clock)
{
    /// <summary>Stages the change; false (nothing staged) when the status is unknown or the same with no note.</summary>
    public async Task<bool> StageAsync(FaultReport report, string status, string? publicNote, CancellationToken ct)
    {
        if (!FaultStatus.IsKnown(status) || (status == report.Status && string.IsNullOrWhiteSpace(publicNote))) return false;
        var now = clock.GetUtcNow();
        var previous = report.Status;
        report.Status = status;
        report.UpdatedAt = now;
        store.Db.Add(new FaultUpdate { Id = Guid.CreateVersion7(), TenantId = report.TenantId, ReportId = report.Id, Status = status, Note = publicNote, CreatedAt = now });
        var category = (await store.CategoryAsync(report.CategoryId, ct))!;
        events.Publish(new FaultReportStatusChanged(await snapshots.OfAsync(report, category, ct), previous, publicNote));
        return true;
    }
}
