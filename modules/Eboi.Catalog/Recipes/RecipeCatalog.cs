using System.Text.Json.Nodes;

namespace Eboi.Catalog.Recipes;

/// <summary>The recipe's "catalog" as written: an optional library, a default place, own categories and the service entries.</summary>
internal sealed record RecipeCatalog
{
    public string? Library { get; init; }
    public JsonObject? Place { get; init; }
    public List<RecipeCategory> Categories { get; init; } = [];

    /// <summary>Entries as written: a full card ({"key": ...}) or a library reference ({"use": ...} + overrides).</summary>
    public List<JsonObject> Services { get; init; } = [];
}

/// <summary>A category of the catalog (its key is the card's "category").</summary>
internal sealed record RecipeCategory(string Key, string Title, string? Description = null);

/// <summary>A catalog library file (recipes/library.schema.json): standard categories and cards shared by recipes.</summary>
internal sealed record CatalogLibrary
{
    public List<RecipeCategory> Categories { get; init; } = [];
    public List<JsonObject> Services { get; init; } = [];
}
