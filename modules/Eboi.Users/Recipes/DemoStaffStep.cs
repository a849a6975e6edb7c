using System.Text.Json;
using Eboi.Core.Data;
using Eboi.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Users.Recipes;

/// <summary>The recipe's "demo.staff": demo staff accounts with generated passwords (<see cref="DemoStaffSeeder"/>), only with --demo.</summary>
internal sealed class DemoStaffStep : IRecipeStep
{
    public string Name => "staff";
    public RecipeSection Section => RecipeSection.Demo;
    public int Order => 1000;
    public RecipeSchemaFragment Schema { get; } = RecipeSchemaFragment.FromResource(typeof(DemoStaffStep), "staff.schema.json");

    // Checked even without --demo: a recipe is valid or not whatever it is applied with.
    public void Validate(JsonElement? fragment, RecipeValidationContext context, List<RecipeError> errors)
    {
        var staff = Read(fragment);
        var roles = RolesStep.Of(context.Recipe).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < staff.Count; i++)
            for (var j = 0; j < staff[i].Roles.Count; j++)
                if (!roles.Contains(staff[i].Roles[j]))
                    errors.Add(new($"$.demo.staff[{i}].roles[{j}]", $"Rola „{staff[i].Roles[j]}” nie jest zdefiniowana w sekcji roles przepisu."));
    }

    public Task<int> ApplyAsync(JsonElement? fragment, RecipeApplyContext context, CancellationToken ct) =>
        context.Services.GetRequiredService<DemoStaffSeeder>().ApplyAsync(context.TenantSlug, Read(fragment), RegulaminVersion(context.Recipe), ct);

    /// <summary>Demo accounts have accepted the regulamin the recipe publishes (Content's section), so they are not asked at first login.</summary>
    public static string? RegulaminVersion(JsonElement recipe) =>
        RecipeJson.Property(recipe, "regulamin") is { } r && r.TryGetProperty("version", out var v) ? v.GetString() : null;

    private static List<DemoStaffSeeder.DemoStaff> Read(JsonElement? fragment) =>
        fragment?.Deserialize<List<DemoStaffSeeder.DemoStaff>>(JsonColumn.Options) ?? [];
}
