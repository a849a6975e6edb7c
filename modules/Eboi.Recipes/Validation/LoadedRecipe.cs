using System.Text.Json;
using Eboi.Core.Recipes;
namespace Eboi.Recipes;

/// <summary>A recipe that passed every check: the engine's part, the whole JSON for the steps, what the steps kept while validating, and what they found (Polish, for the CLI).</summary>
public sealed record LoadedRecipe(Recipe Recipe, JsonElement Json, RecipeState State, IReadOnlyList<string> Summary)
{
    /// <summary>A top-level property read as <typeparamref name="T"/> (e.g. a module's own section), or null when absent.</summary>
    public T? Read<T>(string name) where T : class => RecipeJson.Read<T>(Json, name);
}
