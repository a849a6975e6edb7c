using System.Globalization;
using System.Security.Cryptography;
using Eboi.Core.Data;
using Eboi.Core.Files;
using Eboi.Forms.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Forms.Attachments;

/// <summary>
/// Takes a file for an attachment field of a draft: refuses an empty, oversized or non PDF/JPEG/PNG file (by its
/// bytes) with a Polish reason and stores nothing; otherwise keeps it in the file store and adds its row (not saved).
/// </summary>
internal sealed class AttachmentIntake(EboiDbContext db, IFileStore files, TimeProvider clock)
{
    /// <summary>An upload as read from the request: at most one byte past the limit, so an oversized file is not held whole.</summary>
    public sealed record Upload(string FileName, byte[] Content, long Length);

    public static async Task<Upload> ReadAsync(string fileName, long length, Stream stream, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= FieldLimits.AttachmentMaxBytes && (read = await stream.ReadAsync(chunk, ct)) > 0) buffer.Write(chunk, 0, read);
        return new(fileName, buffer.ToArray(), Math.Max(length, buffer.Length));
    }

    /// <summary>Null when stored, or the reason it was refused.</summary>
    public async Task<string?> AddAsync(FormDraft draft, FormField field, Upload upload, CancellationToken ct)
    {
        var head = upload.Content.AsSpan(0, Math.Min(upload.Content.Length, AttachmentSniffer.HeaderLength));
        if (AttachmentSniffer.Refusal(field.Label, upload.Length, head) is { } refusal) return refusal;
        var kind = AttachmentSniffer.Sniff(head)!;
        var id = Guid.CreateVersion7();
        var key = string.Create(CultureInfo.InvariantCulture, $"formularze/{draft.Id:N}/{id:N}{kind.Extension}");
        using (var content = new MemoryStream(upload.Content)) await files.PutAsync(draft.TenantId, key, content, kind.ContentType, ct);
        db.Add(new FormAttachment
        {
            Id = id, TenantId = draft.TenantId, UserId = draft.UserId, ParentId = draft.Id, Field = field.Name,
            FileName = SafeName(upload.FileName, kind.Extension), ContentType = kind.ContentType, Size = upload.Content.Length,
            Sha256 = Convert.ToBase64String(SHA256.HashData(upload.Content)), FileKey = key, CreatedAt = clock.GetUtcNow(),
        });
        return null;
    }

    public Task<List<FormAttachment>> OfAsync(Guid parentId, CancellationToken ct) =>
        db.Set<FormAttachment>().Where(a => a.ParentId == parentId).OrderBy(a => a.CreatedAt).ToListAsync(ct);

    /// <summary>Removes one of a draft's files (row and bytes); false when it is not the draft's.</summary>
    public async Task<bool> RemoveAsync(FormDraft draft, Guid attachmentId, CancellationToken ct)
    {
        if (await db.Set<FormAttachment>().FirstOrDefaultAsync(a => a.Id == attachmentId && a.ParentId == draft.Id, ct) is not { } a) return false;
        db.Remove(a);
        await db.SaveChangesAsync(ct);
        await files.DeleteAsync(a.TenantId, a.FileKey, ct);
        return true;
    }

    // The name is shown to staff and put in the UPO: the last path segment, no control characters, bounded, with the real extension.
    private static string SafeName(string name, string extension)
    {
        var bare = new string(Path.GetFileName(name.Replace('\\', '/')).Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (bare.Length == 0) bare = "zalacznik";
        var stem = Path.GetFileNameWithoutExtension(bare);
        if (stem.Length > FieldLimits.FileNameMax) stem = stem[..FieldLimits.FileNameMax];
        return stem + extension;
    }
}
