using System.Text.Json;

namespace Eboi.Core.Recipes;

/// <summary>
/// What a step sees while validating: the whole recipe (for rules across steps, e.g. users name roles defined by the
/// roles step), where its relative files resolve, a schema check for files it reads, and the state kept for apply.
/// </summary>
public sealed class RecipeValidationContext(
    JsonElement recipe,
    string baseDirectory,
    string recipesPath,
    Func<JsonElement, string, IReadOnlyList<RecipeError>> validateSchema,
    RecipeState state)
{
    /// <summary>The whole recipe, already valid against the composed schema.</summary>
    public JsonElement Recipe { get; } = recipe;

    /// <summary>The folder the recipe's relative paths resolve against.</summary>
    public string BaseDirectory { get; } = baseDirectory;

    /// <summary>The recipes/ folder; files a recipe refers to must lie inside it.</summary>
    public string RecipesPath { get; } = recipesPath;

    public RecipeState State { get; } = state;

    /// <summary>The modules the recipe enables.</summary>
    public IReadOnlyList<string> Modules => RecipeJson.Modules(Recipe);

    /// <summary>A top-level property of the recipe read as <typeparamref name="T"/>, or null when absent.</summary>
    public T? Read<T>(string name) where T : class => RecipeJson.Read<T>(Recipe, name);

    /// <summary>Checks another document (e.g. a catalog library) against a schema of recipes/ by its $id; paths start at "$".</summary>
    public IReadOnlyList<RecipeError> ValidateSchema(JsonElement document, string schemaId) => validateSchema(document, schemaId);
}
