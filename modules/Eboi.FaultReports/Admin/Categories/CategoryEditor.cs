using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.FaultReports.Domain;
using Eboi.FaultReports.Reports;
using Microsoft.EntityFrameworkCore;

namespace Eboi.FaultReports.Admin.Categories;

/// <summary>
/// Staff administration of fault categories: list with how many reports use each, add, change, and delete (only an
/// unused one; a used one is deactivated instead, so its reports keep their category). Every change audited.
/// </summary>
internal sealed class CategoryEditor(FaultReportStore store, AuditLog audit, TimeProvider clock)
{
    private readonly EboiDbContext db = store.Db;

    public sealed record Row(FaultCategory Category, int Reports);

    /// <summary>What saving or deleting did: the category, or the errors by field.</summary>
    public sealed record Result(FaultCategory? Saved, IReadOnlyList<(string Field, string Message)> Errors);

    public async Task<IReadOnlyList<Row>> ListAsync(CancellationToken ct)
    {
        var counts = await db.Set<FaultReport>().GroupBy(r => r.CategoryId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var categories = await db.Set<FaultCategory>().AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(ct);
        return categories.Select(c => new Row(c, counts.GetValueOrDefault(c.Id))).ToList();
    }

    public Task<FaultCategory?> FindAsync(string key, CancellationToken ct) => db.Set<FaultCategory>().FirstOrDefaultAsync(c => c.Key == key, ct);

    /// <summary>Adds a category (<paramref name="key"/> null) or changes the one with that key.</summary>
    public async Task<Result> SaveAsync(string? key, CategoryForm form, CancellationToken ct)
    {
        var errors = CategoryRules.Check(form);
        if (errors.Count > 0) return new(null, errors);
        var name = form.Name!.Trim();
        var category = key is null ? null : await FindAsync(key, ct);
        if (key is not null && category is null) return new(null, [("", "Tej kategorii już nie ma.")]);
        if (await db.Set<FaultCategory>().AnyAsync(c => c.Name == name && (category == null || c.Id != category.Id), ct))
            return new(null, [(nameof(CategoryForm.Name), $"Kategoria „{name}” już jest: wybierz inną nazwę.")]);

        if (category is null)
        {
            var last = await db.Set<FaultCategory>().MaxAsync(c => (int?)c.SortOrder, ct) ?? 0;
            category = new FaultCategory { Id = Guid.CreateVersion7(), TenantId = store.TenantId, Key = await FreeKeyAsync(name, ct), SortOrder = last + 10 };
            db.Add(category);
        }
        (category.Name, category.DepartmentName, category.DepartmentEmail, category.Active) = (name, form.DepartmentName!.Trim(), form.DepartmentEmail!.Trim(), form.Active);
        category.StaffEditedAt = clock.GetUtcNow();
        audit.Add(FaultReportsAuditEvents.CategorySaved, category.Key,
            $"{category.Name} – {category.DepartmentName} ({category.DepartmentEmail}){(category.Active ? "" : ", nieaktywna")}");
        await db.SaveChangesAsync(ct);
        return new(category, []);
    }

    /// <summary>Deletes an unused category; one that reports use is deactivated instead. Null when there is no such category.</summary>
    public async Task<(FaultCategory Category, bool Deleted)?> DeleteAsync(string key, CancellationToken ct)
    {
        if (await FindAsync(key, ct) is not { } category) return null;
        var used = await db.Set<FaultReport>().AnyAsync(r => r.CategoryId == category.Id, ct);
        if (used)
        {
            category.Active = false;
            category.StaffEditedAt = clock.GetUtcNow();
            audit.Add(FaultReportsAuditEvents.CategorySaved, category.Key, $"{category.Name}: nieaktywna (są zgłoszenia w tej kategorii, więc nie usunięto)");
        }
        else
        {
            db.Remove(category);
            audit.Add(FaultReportsAuditEvents.CategoryDeleted, category.Key, category.Name);
        }
        await db.SaveChangesAsync(ct);
        return (category, !used);
    }

    private async Task<string> FreeKeyAsync(string name, CancellationToken ct)
    {
        var stem = CategoryRules.KeyFor(name);
        var taken = await db.Set<FaultCategory>().Where(c => c.Key == stem || c.Key.StartsWith(stem + "-")).Select(c => c.Key).ToListAsync(ct);
        var key = stem;
        for (var n = 2; taken.Contains(key); n++) key = $"{stem}-{n}";
        return key;
    }
}
