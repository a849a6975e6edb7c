using System.Text.Json;
using Eboi.Core.Data;

namespace Eboi.Core.Recipes;

/// <summary>Reading parts of a recipe's JSON the way every step does (camelCase, the JSON column options).</summary>
public static class RecipeJson
{
    /// <summary>The top-level property, or null when the recipe leaves it out.</summary>
    public static JsonElement? Property(JsonElement recipe, string name) =>
        recipe.ValueKind == JsonValueKind.Object && recipe.TryGetProperty(name, out var value) ? value : null;

    /// <summary>A property read as <typeparamref name="T"/>, or null when absent.</summary>
    public static T? Read<T>(JsonElement recipe, string name) where T : class =>
        Property(recipe, name)?.Deserialize<T>(JsonColumn.Options);

    /// <summary>Names the recipe enables in "modules".</summary>
    public static IReadOnlyList<string> Modules(JsonElement recipe) => Read<List<string>>(recipe, "modules") ?? [];

    /// <summary>Parses JSON as recipes are written (comments and trailing commas allowed); a syntax error is one error at <paramref name="path"/>.</summary>
    public static bool TryParse(string json, string path, List<RecipeError> errors, out JsonElement root)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            root = doc.RootElement.Clone();
            return true;
        }
        catch (JsonException e)
        {
            errors.Add(new(path, $"Niepoprawny JSON (wiersz {e.LineNumber + 1}, znak {e.BytePositionInLine + 1}): {e.Message}"));
            root = default;
            return false;
        }
    }
}
