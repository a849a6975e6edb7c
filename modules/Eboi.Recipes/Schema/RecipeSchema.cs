using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Eboi.Core.Modules;
using Eboi.Core.Recipes;
using Eboi.Recipes.Validation;

namespace Eboi.Recipes.Schema;

/// <summary>
/// The recipe schema as the registered modules make it: the base (name, tenant, modules, demo and the shared $defs,
/// embedded next to this file), each step's fragment under its property, and the enums of module names and
/// permissions filled from the modules. recipes/recipe.schema.json, the copy editors use, must equal the composition
/// (a test checks it; `eboi recipe schema` prints it).
/// </summary>
internal sealed class RecipeSchema(IEnumerable<IRecipeStep> steps, ModuleRegistry modules)
{
    public const string Id = "recipe.schema.json";
    public const string LibraryId = "library.schema.json";

    private readonly Lazy<JsonObject> _document = new(() => Compose(steps, modules));

    /// <summary>The composed schema (a fresh copy).</summary>
    public JsonObject Document => (JsonObject)_document.Value.DeepClone();

    /// <summary>Top-level properties the base defines (the tenant step's and the recipe's own).</summary>
    public static IReadOnlySet<string> BaseProperties { get; } = Base()["properties"]!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>How the published copy is written: indented, Polish letters as they are.</summary>
    public static readonly JsonSerializerOptions FileFormat = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Compose(IEnumerable<IRecipeStep> steps, ModuleRegistry modules)
    {
        var document = Base();
        document["properties"]!["modules"]!["items"]!["enum"] = new JsonArray([.. modules.Switchable.Select(m => JsonValue.Create(m))]);
        document["$defs"]!["permission"]!["enum"] = new JsonArray([.. modules.Permissions.Select(p => JsonValue.Create(p.Name))]);
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
