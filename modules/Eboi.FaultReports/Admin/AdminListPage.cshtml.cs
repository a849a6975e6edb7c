using System.Security.Claims;
using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.FaultReports.Admin;

/// <summary>/admin/usterki: the moderation queue (default), all confirmed reports, or those assigned to me ("moje"), filtered by status.</summary>
[RequirePermission(FaultReportsPermissions.Moderate)]
internal sealed class AdminListPageModel(FaultReportDesk desk) : PageModel
{
    [FromQuery(Name = "widok")] public string? View { get; set; }
    [FromQuery(Name = "status")] public string? Status { get; set; }
    [TempData] public string? Message { get; set; }

    public const string All = "wszystkie";
    public const string Mine = "moje";

    public bool QueueOnly => View is not (All or Mine);
    public bool MineOnly => View == Mine;
    public IReadOnlyList<FaultReportDesk.Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Guid? me = Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;
        Rows = await desk.ListAsync(QueueOnly, Status, ct, MineOnly ? me : null);
    }
}
