using System.Text.Json;
using Eboi.Core.Data;
using Eboi.Core.Recipes;
using Eboi.Core.Text;
using Eboi.FaultReports.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.FaultReports.Recipes;

/// <summary>
/// The recipe's "faultReports": the gmina's map (bounding box, tiles) and its categories with their departments,
/// matched by key, so applying the recipe again changes nothing. A category left out of the recipe is kept (reports
/// point at it) but no longer offered; one staff changed in the panel (/admin/usterki/kategorie) stays as they left it.
/// </summary>
internal sealed class FaultReportsStep : IRecipeStep
{
    public const string StepName = "faultReports";

    public string Name => StepName;
    public int Order => 650;
    public RecipeSchemaFragment Schema { get; } = RecipeSchemaFragment.FromResource(typeof(FaultReportsStep), "faultreports.schema.json");

    public void Validate(JsonElement? fragment, RecipeValidationContext context, List<RecipeError> errors)
    {
        if (Read(fragment) is not { } data) return;
        if (!context.Modules.Contains(FaultReportsModule.ModuleName))
            errors.Add(new("$.modules", $"Przepis zawiera zgłaszanie usterek, ale nie włącza modułu {FaultReportsModule.ModuleName}."));
        if (data.Map.MinLat >= data.Map.MaxLat) errors.Add(new($"$.{StepName}.map.maxLat", "maxLat musi być większe niż minLat."));
        if (data.Map.MinLon >= data.Map.MaxLon) errors.Add(new($"$.{StepName}.map.maxLon", "maxLon musi być większe niż minLon."));
        for (var i = 0; i < data.Categories.Count; i++)
        {
            var key = data.Categories[i].Key;
            if (data.Categories.Select(c => c.Key).ToList().IndexOf(key) != i)
                errors.Add(new($"$.{StepName}.categories[{i}].key", $"Kategoria „{key}” powtarza się."));
        }
    }

    public string? Describe(JsonElement? fragment, RecipeState state) =>
        Read(fragment) is { } data ? PolishPlural.Of(data.Categories.Count, "kategoria usterek", "kategorie usterek", "kategorii usterek") : null;

    public async Task<int> ApplyAsync(JsonElement? fragment, RecipeApplyContext context, CancellationToken ct)
    {
        if (Read(fragment) is not { } data) return 0;
        var db = context.Services.GetRequiredService<EboiDbContext>();
        var changes = 0;

        var m = data.Map;
        var tiles = m.TileUrl ?? FaultMapSettings.OpenStreetMapTiles;
        var attribution = m.Attribution ?? FaultMapSettings.OpenStreetMapAttribution;
        var map = await db.Set<FaultMapSettings>().FirstOrDefaultAsync(ct);
        if (map is null)
        {
            db.Add(map = new FaultMapSettings { TenantId = context.TenantId });
            changes++;
        }
        else if (map.MinLat != m.MinLat || map.MinLon != m.MinLon || map.MaxLat != m.MaxLat || map.MaxLon != m.MaxLon || map.TileUrl != tiles || map.Attribution != attribution)
            changes++;
        (map.MinLat, map.MinLon, map.MaxLat, map.MaxLon, map.TileUrl, map.Attribution) = (m.MinLat, m.MinLon, m.MaxLat, m.MaxLon, tiles, attribution);

        var existing = await db.Set<FaultCategory>().ToDictionaryAsync(c => c.Key, ct);
        for (var i = 0; i < data.Categories.Count; i++)
        {
            var c = data.Categories[i];
            if (!existing.TryGetValue(c.Key, out var row))
            {
                db.Add(new FaultCategory
                {
                    Id = Guid.CreateVersion7(), TenantId = context.TenantId, Key = c.Key, Name = c.Name.Trim(), DepartmentName = c.Department.Trim(),
                    DepartmentEmail = c.DepartmentEmail.Trim(), Active = c.Active, SortOrder = (i + 1) * 10,
                });
                changes++;
                continue;
            }
            if (row.StaffEditedAt is not null) continue;
            var order = (i + 1) * 10;
            if (row.Name == c.Name.Trim() && row.DepartmentName == c.Department.Trim() && row.DepartmentEmail == c.DepartmentEmail.Trim() && row.Active == c.Active && row.SortOrder == order) continue;
            (row.Name, row.DepartmentName, row.DepartmentEmail, row.Active, row.SortOrder) = (c.Name.Trim(), c.Department.Trim(), c.DepartmentEmail.Trim(), c.Active, order);
            changes++;
        }
        return changes;
    }

    private static RecipeFaultReports? Read(JsonElement? fragment) =>
        fragment is { ValueKind: JsonValueKind.Object } f ? f.Deserialize<RecipeFaultReports>(JsonColumn.Options) : null;
}
