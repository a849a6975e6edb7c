namespace Eboi.Recipes.Applying;

/// <summary>How to apply a recipe: under another slug (template recipes), with extra host names, with demo data.</summary>
public sealed record RecipeApplyOptions(string? Slug = null, IReadOnlyList<string>? ExtraHosts = null, bool Demo = false);

/// <summary>What applying did: the tenant, whether it was new, and how many records were written (0 = nothing changed).</summary>
public sealed record RecipeApplyResult(Guid TenantId, string Slug, bool Created, int Changes);
