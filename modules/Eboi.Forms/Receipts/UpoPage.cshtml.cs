using Eboi.Forms.Submitting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Forms.Receipts;

/// <summary>/formularze/wyslane/{id}/upo: the sender's UPO to read and print.</summary>
[Authorize]
internal sealed class UpoPageModel(OwnSubmission own) : PageModel
{
    public Guid SubmissionId { get; private set; }
    public UpoSummary Upo { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await own.FindAsync(User, id, ct) is not { } s) return NotFound();
        SubmissionId = s.Id;
        Upo = UpoSummary.From(s.UpoXml);
        return Page();
    }
}
