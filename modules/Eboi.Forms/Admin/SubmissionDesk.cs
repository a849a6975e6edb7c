using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Forms.Attachments;
using Eboi.Forms.Definitions;
using Eboi.Forms.Domain;
using Eboi.Forms.Filling;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Forms.Admin;

/// <summary>Staff reading of sent forms: the newest first, one with its answers, files and UPO (each view of a citizen's form audited).</summary>
internal sealed class SubmissionDesk(EboiDbContext db, FormCatalog catalog, AttachmentIntake intake, AuditLog audit)
{
    public const int PageSize = 200;

    public sealed record Row(Guid Id, string FormTitle, string SenderName, string Department, DateTimeOffset SubmittedAt);

    public sealed record Detail(FormSubmission Submission, IReadOnlyList<AnswerRow> Answers, IReadOnlyList<FormAttachment> Files);

    public async Task<IReadOnlyList<Row>> ListAsync(string? form, CancellationToken ct) =>
        await db.Set<FormSubmission>().AsNoTracking().Where(s => form == null || s.FormSlug == form).OrderByDescending(s => s.SubmittedAt).Take(PageSize)
            .Select(s => new Row(s.Id, s.FormTitle, s.SenderName, s.Department, s.SubmittedAt)).ToListAsync(ct);

    public async Task<Detail?> OpenAsync(Guid id, CancellationToken ct)
    {
        if (await db.Set<FormSubmission>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) is not { } s) return null;
        var files = await intake.OfAsync(s.Id, ct);
        var form = await catalog.VersionAsync(s.FormItemId, s.FormVersion, ct);
        await audit.RecordAsync(FormsAuditEvents.SubmissionViewed, $"{s.FormTitle}: {s.SenderName}", s.Id.ToString("D"), ct);
        return new(s, form is null ? [] : AnswerRows.Of(form.Fields, s.Answers, files), files);
    }

    public Task<FormSubmission?> SubmissionAsync(Guid id, CancellationToken ct) =>
        db.Set<FormSubmission>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);

    /// <summary>A file of a sent form (never of a draft: drafts are the citizen's own), audited.</summary>
    public async Task<FormAttachment?> FileAsync(Guid id, CancellationToken ct)
    {
        var a = await db.Set<FormAttachment>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null || await SubmissionAsync(a.ParentId, ct) is not { } s) return null;
        await audit.RecordAsync(FormsAuditEvents.AttachmentViewed, $"{s.FormTitle}: {s.SenderName}", a.FileName, ct);
        return a;
    }
}
