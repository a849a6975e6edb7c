using Eboi.Core.Security;
using Eboi.Forms.Receipts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Forms.Admin;

/// <summary>/admin/formularze/zlozone/{id}: one sent form with its answers, files and UPO; every view is audited.</summary>
[RequirePermission(FormsPermissions.View)]
internal sealed class SubmissionPageModel(SubmissionDesk desk) : PageModel
{
    public SubmissionDesk.Detail Detail { get; private set; } = null!;
    public UpoSummary Upo { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await desk.OpenAsync(id, ct) is not { } detail) return NotFound();
        Detail = detail;
        Upo = UpoSummary.From(detail.Submission.UpoXml);
        return Page();
    }
}
