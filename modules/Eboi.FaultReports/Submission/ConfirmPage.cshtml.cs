using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.FaultReports.Submission;

/// <summary>
/// /usterki/potwierdz/{token}: the anonymous reporter's e-mailed link. Opening it (GET: a mail client's link) confirms
/// the report once; the token is single-use, so link scanners that open it first only do what the reporter wanted.
/// </summary>
internal sealed class ConfirmPageModel(FaultReportSubmitter submitter) : PageModel
{
    public string? Number { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        var report = await submitter.ConfirmAsync(token, ct);
        if (report is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Number = report.Number;
        return Page();
    }
}
