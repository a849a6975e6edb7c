using System.Text.Json.Nodes;

namespace Eboi.Core.Recipes;

/// <summary>
/// A step's part of the recipe schema: the schema of its property and the $defs it owns. Written as an embedded
/// JSON file {"property": {...}, "$defs": {...}} next to the step; $refs point into the composed document ("#/$defs/text").
/// </summary>
public sealed record RecipeSchemaFragment(JsonObject Property, JsonObject Definitions)
{
    /// <summary>Reads an embedded fragment from the assembly of <paramref name="anchor"/> (resource name ending in <paramref name="fileName"/>).</summary>
    public static RecipeSchemaFragment FromResource(Type anchor, string fileName)
    {
        var assembly = anchor.Assembly;
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Schema fragment {fileName} is not embedded in {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        var root = JsonNode.Parse(stream)?.AsObject() ?? throw new InvalidOperationException($"{fileName} is empty.");
        var property = root["property"]?.AsObject() ?? throw new InvalidOperationException($"{fileName} has no \"property\".");
        return new(property, root["$defs"]?.AsObject() ?? []);
    }
}
