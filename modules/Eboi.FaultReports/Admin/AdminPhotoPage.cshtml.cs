using Eboi.Core.Files;
using Eboi.Core.Security;
using Eboi.FaultReports.Domain;
using Eboi.FaultReports.Reports;
using Eboi.FaultReports.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.FaultReports.Admin;

/// <summary>/admin/usterki/{numer}/zdjecia/{n}: any photo of a confirmed report, hidden ones included, for moderators.</summary>
[RequirePermission(FaultReportsPermissions.Moderate)]
internal sealed class AdminPhotoPageModel(FaultReportDesk desk, FaultReportStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string numer, int n, CancellationToken ct)
    {
        if (ReportNumber.FromSlug(numer) is not { } number || await desk.FindAsync(number, ct) is not { } report) return NotFound();
        var photo = (await store.PhotosAsync(report.Id, ct)).FirstOrDefault(p => p.Position == n);
        if (photo is null) return NotFound();
        return new ServeResult(await FileStoreResults.ServeAsync(HttpContext, photo.FileKey, new FileDelivery($"{numer}-{n}.jpg", Inline: true)));
    }
}
