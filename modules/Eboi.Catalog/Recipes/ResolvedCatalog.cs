using System.Text.Json.Nodes;

namespace Eboi.Catalog.Recipes;

/// <summary>
/// A recipe's catalog as it will be published: library cards merged with the recipe's overrides, tokens ({urzad},
/// {gmina}...) replaced, and only the categories some card uses. Worked out while validating, kept for apply.
/// </summary>
internal sealed record ResolvedCatalog(IReadOnlyList<RecipeCategory> Categories, IReadOnlyList<JsonObject> Services);
