using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.FaultReports.Admin;

/// <summary>/admin/usterki: the moderation queue (default) or all confirmed reports, filtered by status.</summary>
[RequirePermission(FaultReportsPermissions.Moderate)]
internal sealed class AdminListPageModel(FaultReportDesk desk) : PageModel
{
    [FromQuery(Name = "widok")] public string? View { get; set; }
    [FromQuery(Name = "status")] public string? Status { get; set; }
    [TempData] public string? Message { get; set; }

    public bool QueueOnly => View != "wszystkie";
    public IReadOnlyList<FaultReportDesk.Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await desk.ListAsync(QueueOnly, Status, ct);
}
