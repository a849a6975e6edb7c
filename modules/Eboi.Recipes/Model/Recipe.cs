using System.Text.Json.Serialization;
using Eboi.Core.Tenancy;

namespace Eboi.Recipes;

/// <summary>
/// The part of a recipe the engine itself reads (shape documented in docs/recipes.md, enforced by recipes/recipe.schema.json):
/// its name, the tenant and the modules. Everything else belongs to the modules' steps (Eboi.Core.Recipes.IRecipeStep).
/// </summary>
public sealed record Recipe
{
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    public RecipeTenant Tenant { get; init; } = new();
    public List<string> Modules { get; init; } = [];
}

/// <summary>
/// The tenant step: identity and routing here; the office data (address, contact, hours, accessibility...) is the
/// rest of the same JSON object, read as a <see cref="TenantProfile"/> by the loader.
/// </summary>
public sealed record RecipeTenant
{
    public string Slug { get; init; } = "";
    public string Name { get; init; } = "";
    public string OfficeName { get; init; } = "";
    public List<string> Hosts { get; init; } = [];
    public string Theme { get; init; } = ThemeNames.Base;

    [JsonIgnore]
    public TenantProfile Profile { get; init; } = new();
}
