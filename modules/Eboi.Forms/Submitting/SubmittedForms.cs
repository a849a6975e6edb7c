using Eboi.Core.Data;
using Eboi.Core.Files;
using Eboi.Forms.Attachments;
using Eboi.Forms.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Forms;

/// <summary>A sent form as an EZD takes it over: the document (JSON, the bytes the UPO's digest covers), the signed UPO and the files.</summary>
public sealed record SubmittedFormDocument(Guid SubmissionId, Guid UserId, string FormSlug, string FormTitle, int FormVersion, DateTimeOffset SubmittedAt,
    string Department, string Document, string DocumentSha256, string UpoXml, IReadOnlyList<SubmittedFile> Files);

/// <summary>Reads sent forms of the current tenant for other modules (the EZD pull); no authorization here: the caller decides.</summary>
public sealed class SubmittedForms(EboiDbContext db, IFileStore files)
{
    public async Task<SubmittedFormDocument?> GetAsync(Guid submissionId, CancellationToken ct = default)
    {
        if (await db.Set<FormSubmission>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == submissionId, ct) is not { } s) return null;
        var attached = await db.Set<FormAttachment>().AsNoTracking().Where(a => a.ParentId == s.Id).OrderBy(a => a.CreatedAt).ToListAsync(ct);
        return new(s.Id, s.UserId, s.FormSlug, s.FormTitle, s.FormVersion, s.SubmittedAt, s.Department, s.Document, s.DocumentSha256, s.UpoXml,
            [.. attached.Select(a => a.ToSubmittedFile())]);
    }

    /// <summary>A file of a sent form (not of a draft), or null. The caller disposes it.</summary>
    public async Task<StoredFile?> OpenFileAsync(Guid submissionId, Guid fileId, CancellationToken ct = default)
    {
        var a = await db.Set<FormAttachment>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == fileId && x.ParentId == submissionId, ct);
        if (a is null || !await db.Set<FormSubmission>().AnyAsync(s => s.Id == submissionId, ct)) return null;
        return await files.OpenAsync(a.TenantId, a.FileKey, ct);
    }
}
