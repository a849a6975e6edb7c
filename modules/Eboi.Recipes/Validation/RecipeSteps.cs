using System.Text.Json;
using Eboi.Core.Recipes;

namespace Eboi.Recipes.Validation;

/// <summary>The registered steps in the order they run, and where each finds its JSON.</summary>
internal static class RecipeSteps
{
    /// <summary>The demo object that holds the demo steps' sections.</summary>
    public const string DemoProperty = "demo";

    /// <summary>By <see cref="IRecipeStep.Order"/>, then name, so two steps of the same order run the same way every time.</summary>
    public static IReadOnlyList<IRecipeStep> Ordered(IEnumerable<IRecipeStep> steps) =>
        steps.OrderBy(s => s.Order).ThenBy(s => s.Section).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();

    /// <summary>The step's property ($.name, or $.demo.name for a demo step), or null when the recipe leaves it out.</summary>
    public static JsonElement? Fragment(JsonElement recipe, IRecipeStep step) => step.Section switch
    {
        RecipeSection.Demo => RecipeJson.Property(recipe, DemoProperty) is { ValueKind: JsonValueKind.Object } demo ? RecipeJson.Property(demo, step.Name) : null,
        _ => RecipeJson.Property(recipe, step.Name),
    };

    /// <summary>How observers (the CLI's progress lines) name a step: its path below the recipe, "roles" or "demo.staff".</summary>
    public static string DisplayName(IRecipeStep step) => step.Section == RecipeSection.Demo ? $"{DemoProperty}.{step.Name}" : step.Name;
}
