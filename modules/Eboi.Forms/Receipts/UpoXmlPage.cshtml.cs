using Eboi.Forms.Submitting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Forms.Receipts;

/// <summary>/formularze/wyslane/{id}/upo.xml: the sender's signed UPO to download.</summary>
[Authorize]
internal sealed class UpoXmlPageModel(OwnSubmission own) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await own.FindAsync(User, id, ct) is { } s ? UpoDownload.Of(s) : NotFound();
}
