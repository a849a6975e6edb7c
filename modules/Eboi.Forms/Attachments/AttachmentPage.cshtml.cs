using System.Security.Claims;
using Eboi.Core.Data;
using Eboi.Core.Files;
using Eboi.Forms.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Eboi.Forms.Attachments;

/// <summary>/formularze/zalaczniki/{id}: one of the signed-in citizen's own files (of a draft or a sent form); anyone else's is a 404.</summary>
[Authorize]
internal sealed class AttachmentPageModel(EboiDbContext db, IFileStore files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)) return NotFound();
        var a = await db.Set<FormAttachment>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && x.UserId == userId, ct);
        return a is null ? NotFound() : await Serve(HttpContext, files, a, ct);
    }

    /// <summary>Sends a stored attachment as a download with its checked type; the caller has authorized it.</summary>
    public static async Task<IActionResult> Serve(Microsoft.AspNetCore.Http.HttpContext http, IFileStore files, FormAttachment a, CancellationToken ct)
    {
        var file = await files.OpenAsync(a.TenantId, a.FileKey, ct);
        if (file is null) return new NotFoundResult();
        http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        http.Response.Headers[HeaderNames.CacheControl] = "private, no-store";
        http.Response.RegisterForDisposeAsync(file);
        return new FileStreamResult(file.Content, a.ContentType) { FileDownloadName = a.FileName };
    }
}
