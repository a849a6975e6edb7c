using Eboi.Core.Data;
using Eboi.Forms.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Forms.Filling;

/// <summary>A citizen's drafts: started from a published form version, reachable only by their owner (anyone else gets null).</summary>
internal sealed class DraftStore(EboiDbContext db, TimeProvider clock)
{
    public async Task<FormDraft> StartAsync(FormDefinition form, Guid userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var draft = new FormDraft
        {
            Id = Guid.CreateVersion7(), TenantId = db.TenantId ?? throw new InvalidOperationException("No tenant for a draft."), UserId = userId,
            FormItemId = form.ItemId, FormVersion = form.Version, FormSlug = form.Slug, FormTitle = form.Title, CreatedAt = now, UpdatedAt = now,
        };
        db.Add(draft);
        await db.SaveChangesAsync(ct);
        return draft;
    }

    public Task<FormDraft?> OwnAsync(Guid id, Guid userId, CancellationToken ct) =>
        db.Set<FormDraft>().FirstOrDefaultAsync(d => d.Id == id && d.UserId == userId, ct);

    /// <summary>Keeps the answers as typed (only the form's own keys), so a draft reopens exactly as it was left.</summary>
    public async Task SaveAsync(FormDraft draft, FormDefinition form, IReadOnlyDictionary<string, string?> typed, CancellationToken ct)
    {
        var keys = AnswerKeys(form).ToHashSet();
        draft.Answers = typed.Where(kv => keys.Contains(kv.Key) && !string.IsNullOrEmpty(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value!);
        draft.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The answer keys of a form in page order (an address gives one per part).</summary>
    public static IReadOnlyList<string> AnswerKeys(FormDefinition form) =>
        [.. form.Fields.SelectMany(f => f.Kind == FieldKind.Address ? AddressParts.All.Select(p => AddressParts.Key(f.Name, p.Part)) : [f.Name])];
}
