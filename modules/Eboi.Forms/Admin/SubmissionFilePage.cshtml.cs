using Eboi.Core.Files;
using Eboi.Core.Security;
using Eboi.Forms.Attachments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Forms.Admin;

/// <summary>/admin/formularze/zalaczniki/{id}: a file of a sent form, for staff (audited); drafts' files are not reachable here.</summary>
[RequirePermission(FormsPermissions.View)]
internal sealed class SubmissionFilePageModel(SubmissionDesk desk, IFileStore files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await desk.FileAsync(id, ct) is { } a ? await AttachmentPageModel.Serve(HttpContext, files, a, ct) : NotFound();
}
