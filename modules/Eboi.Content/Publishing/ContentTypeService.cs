using Eboi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Content;

/// <summary>Ensures content type definitions exist (and match) for a tenant; used by recipes.</summary>
public sealed class ContentTypeService(EboiDbContext db, TimeProvider clock)
{
    /// <summary>Stages the type for the tenant; returns true when something changed. Does not save.</summary>
    public async Task<bool> StageAsync(Guid tenantId, ContentTypeDefinition definition, CancellationToken ct = default)
    {
        var existing = await db.Set<ContentType>().FirstOrDefaultAsync(t => t.Name == definition.Name, ct);
        if (existing is null)
        {
            db.Add(new ContentType
            {
                Id = Guid.CreateVersion7(),
                TenantId = tenantId,
                Name = definition.Name,
                DisplayName = definition.DisplayName,
                Fields = [.. definition.Fields],
                CreatedAt = clock.GetUtcNow(),
            });
            return true;
        }
        if (existing.DisplayName == definition.DisplayName && existing.Fields.SequenceEqual(definition.Fields, FieldComparer.Instance)) return false;
        existing.DisplayName = definition.DisplayName;
        existing.Fields = [.. definition.Fields];
        return true;
    }

    private sealed class FieldComparer : IEqualityComparer<ContentField>
    {
        public static readonly FieldComparer Instance = new();

        public bool Equals(ContentField? a, ContentField? b) =>
            a is not null && b is not null && a.Name == b.Name && a.Label == b.Label && a.Kind == b.Kind && a.Required == b.Required
            && (a.Options ?? []).SequenceEqual(b.Options ?? []);

        public int GetHashCode(ContentField f) => HashCode.Combine(f.Name, f.Kind);
    }
}
