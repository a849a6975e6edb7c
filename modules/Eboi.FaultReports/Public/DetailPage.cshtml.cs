using System.Security.Claims;
using Eboi.FaultReports.Domain;
using Eboi.FaultReports.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.FaultReports.Public;

/// <summary>
/// /usterki/{numer}: an approved report with its public timeline and visible photos; never the reporter's name. Before
/// approval only its signed-in reporter sees it (with a notice); anyone else gets 404.
/// </summary>
internal sealed class DetailPageModel(FaultReportStore store) : PageModel
{
    public FaultReport Report { get; private set; } = null!;
    public FaultCategory Category { get; private set; } = null!;
    public IReadOnlyList<FaultUpdate> Timeline { get; private set; } = [];
    public IReadOnlyList<FaultPhoto> Photos { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string numer, CancellationToken ct)
    {
        if (ReportNumber.FromSlug(numer) is not { } number || await store.FindAsync(number, ct) is not { } report) return NotFound();
        if (!report.IsPublic && !IsReporter(User, report)) return NotFound();
        Report = report;
        Category = (await store.CategoryAsync(report.CategoryId, ct))!;
        Timeline = await store.TimelineAsync(report.Id, ct);
        Photos = (await store.PhotosAsync(report.Id, ct)).Where(p => !p.Hidden).ToList();
        return Page();
    }

    public static bool IsReporter(ClaimsPrincipal user, FaultReport report) =>
        report.ReporterUserId is { } owner && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) && id == owner;
}
