using Eboi.Core.Files;
using Eboi.FaultReports.Domain;
using Eboi.FaultReports.Reports;
using Eboi.FaultReports.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.FaultReports.Public;

/// <summary>/usterki/{numer}/zdjecia/{n}: a photo of an approved report, unless a moderator hid it (staff use the admin route).</summary>
internal sealed class PhotoPageModel(FaultReportStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string numer, int n, CancellationToken ct)
    {
        if (ReportNumber.FromSlug(numer) is not { } number || await store.FindAsync(number, ct) is not { IsPublic: true } report) return NotFound();
        var photo = (await store.PhotosAsync(report.Id, ct)).FirstOrDefault(p => p.Position == n && !p.Hidden);
        if (photo is null) return NotFound();
        return new ServeResult(await FileStoreResults.ServeAsync(HttpContext, photo.FileKey,
            new FileDelivery($"{ReportNumber.ToSlug(number)}-{n}.jpg", Inline: true, Public: false)));
    }
}
