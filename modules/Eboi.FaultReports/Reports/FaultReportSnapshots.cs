using Eboi.Core.Web;
using Eboi.FaultReports.Domain;
using Eboi.FaultReports.Events;

namespace Eboi.FaultReports.Reports;

/// <summary>Builds the events' view of a report (with the absolute link to its page) from the row and its category.</summary>
internal sealed class FaultReportSnapshots(PortalAddresses portal)
{
    public async Task<FaultReportSnapshot> OfAsync(FaultReport r, FaultCategory category, CancellationToken ct)
    {
        var link = (await portal.CurrentAsync(ct)).TrimEnd('/') + FaultReportsPaths.Detail(r.Number);
        return new FaultReportSnapshot(r.Id, r.Number, r.Title, r.Description, category.Name, category.DepartmentName, category.DepartmentEmail,
            r.Status, r.Address, link, r.ReporterName, r.ReporterEmail);
    }
}
