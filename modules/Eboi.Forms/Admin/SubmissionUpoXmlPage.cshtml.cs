using Eboi.Core.Security;
using Eboi.Forms.Receipts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Forms.Admin;

/// <summary>/admin/formularze/zlozone/{id}/upo.xml: the signed UPO of a sent form, for staff.</summary>
[RequirePermission(FormsPermissions.View)]
internal sealed class SubmissionUpoXmlPageModel(SubmissionDesk desk) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await desk.SubmissionAsync(id, ct) is { } s ? UpoDownload.Of(s) : NotFound();
}
