using System.Text.Json.Nodes;
using Eboi.Core.Recipes;
using Eboi.Recipes.Validation;

namespace Eboi.Recipes.Schema;

/// <summary>
/// The recipe schema as the registered steps make it: the base (name, tenant, modules, demo and the shared $defs,
/// embedded next to this file) plus each step's fragment under its property. recipes/recipe.schema.json, the copy
/// editors use, must equal the composition of all modules' steps (a test checks it).
/// </summary>
public static class RecipeSchema
{
    public const string Id = "recipe.schema.json";
    public const string LibraryId = "library.schema.json";

    /// <summary>Top-level properties the base defines (the tenant step's and the recipe's own).</summary>
    public static IReadOnlySet<string> BaseProperties { get; } = Base()["properties"]!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>The base with every step's fragment: its property (under demo for a demo step) and its $defs.</summary>
    public static JsonObject Compose(IEnumerable<IRecipeStep> steps)
    {
        var document = Base();
        var properties = document["properties"]!.AsObject();
        var definitions = document["$defs"]!.AsObject();
        var demo = properties[RecipeSteps.DemoProperty]!.AsObject();
        foreach (var step in steps.OrderBy(s => s.Order).ThenBy(s => s.Name, StringComparer.Ordinal))
        {
            if (step.Schema is not { } fragment) continue;
            var target = step.Section == RecipeSection.Demo ? (demo["properties"] ??= new JsonObject()).AsObject() : properties;
            if (target.ContainsKey(step.Name)) throw new InvalidOperationException($"Two recipe steps define the property \"{step.Name}\".");
            target[step.Name] = fragment.Property.DeepClone();
            foreach (var (name, schema) in fragment.Definitions)
            {
                if (definitions.ContainsKey(name)) throw new InvalidOperationException($"Recipe step \"{step.Name}\" redefines $defs/{name}.");
                definitions[name] = schema?.DeepClone();
            }
        }
        return document;
    }

    private static JsonObject Base()
    {
        var assembly = typeof(RecipeSchema).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".recipe.base.schema.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return JsonNode.Parse(stream)!.AsObject();
    }
}
