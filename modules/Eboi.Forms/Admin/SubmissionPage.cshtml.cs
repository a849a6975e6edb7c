using Eboi.Cases;
using Eboi.Core.Security;
using Eboi.Forms.Receipts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Forms.Admin;

/// <summary>
/// /admin/formularze/zlozone/{id}: one sent form with its answers, files and UPO (every view audited), and the way to
/// answer it: in its case, or (a gmina without an EZD) by opening a case for it in the register.
/// </summary>
[RequirePermission(FormsPermissions.View)]
internal sealed class SubmissionPageModel(SubmissionDesk desk, ICaseInbox inbox) : PageModel
{
    public SubmissionDesk.Detail Detail { get; private set; } = null!;
    public UpoSummary Upo { get; private set; } = null!;

    /// <summary>Where the form stands in the office's register (the EZD's number, or the portal case it is in).</summary>
    public CaseInboxStatus? Registration { get; private set; }

    /// <summary>Replying means opening or using a case and sending a document in it: the cases module's manage permission.</summary>
    public bool CanReply => User.HasClaim(Permissions.ClaimType, CasesPermissions.Manage);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await desk.OpenAsync(id, ct) is not { } detail) return NotFound();
        Detail = detail;
        Upo = UpoSummary.From(detail.Submission.UpoXml);
        if (detail.Submission.InboxItemId is { } item) Registration = await inbox.StatusAsync(item, ct);
        return Page();
    }
}
