using Eboi.Cases;
using Eboi.Forms.Attachments;
using Eboi.Forms.Definitions;
using Eboi.Forms.Domain;
using Eboi.Forms.Filling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Forms.Submitting;

/// <summary>/formularze/wyslane/{id}: the sender's copy: confirmation, the UPO's links and the answers as sent.</summary>
[Authorize]
internal sealed class SubmissionPageModel(OwnSubmission own, FormCatalog catalog, AttachmentIntake intake, ICaseInbox inbox) : PageModel
{
    public FormSubmission Submission { get; private set; } = null!;
    public IReadOnlyList<AnswerRow> Rows { get; private set; } = [];

    /// <summary>How the office registered the form (the EZD's number, or the case staff opened for it); null until it did.</summary>
    public CaseInboxStatus? Registered { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await own.FindAsync(User, id, ct) is not { } s) return NotFound();
        Submission = s;
        var form = await catalog.VersionAsync(s.FormItemId, s.FormVersion, ct);
        if (s.InboxItemId is { } item && await inbox.StatusAsync(item, ct) is { AcknowledgedAt: not null } status) Registered = status;
        Rows = form is null ? [] : AnswerRows.Of(form.Fields, s.Answers, await intake.OfAsync(s.Id, ct));
        return Page();
    }
}
