using Eboi.Core.Data;
using Eboi.Forms.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Forms;

/// <summary>A citizen's drafts and sent forms in the current tenant, newest first (for lists such as /korespondencja).</summary>
public sealed class CitizenForms(EboiDbContext db)
{
    public async Task<IReadOnlyList<CitizenFormEntry>> DraftsAsync(Guid userId, CancellationToken ct = default) =>
        (await db.Set<FormDraft>().AsNoTracking().Where(d => d.UserId == userId).OrderByDescending(d => d.UpdatedAt).ToListAsync(ct))
        .Select(d => new CitizenFormEntry(d.Id, d.FormTitle, d.FormSlug, d.CreatedAt, d.UpdatedAt, CitizenFormStatus.Draft, FormsPaths.Draft(d.Id))).ToList();

    public async Task<IReadOnlyList<CitizenFormEntry>> SubmissionsAsync(Guid userId, CancellationToken ct = default) =>
        await db.Set<FormSubmission>().AsNoTracking().Where(s => s.UserId == userId).OrderByDescending(s => s.SubmittedAt)
            .Select(s => new CitizenFormEntry(s.Id, s.FormTitle, s.FormSlug, s.SubmittedAt, s.SubmittedAt, CitizenFormStatus.Submitted, FormsPaths.Submission(s.Id)))
            .ToListAsync(ct);
}
