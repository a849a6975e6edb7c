using System.Text.Json;
using Eboi.Recipes;
using Eboi.Recipes.Sources;
using Microsoft.Extensions.Options;

namespace Eboi.HostPanel.Tenants;

/// <summary>A recipe file shipped in recipes/ that an operator may pick.</summary>
internal sealed record RecipeFile(string FileName, string Name, string TenantName, string Slug, string? Description);

/// <summary>The recipes an operator can pick in the host panel: the *.recipe.json files of the recipes folder.</summary>
internal sealed class RecipeFiles(IOptions<RecipeOptions> options)
{
    public const string Extension = ".recipe.json";

    public IReadOnlyList<RecipeFile> List()
    {
        var folder = options.Value.RecipesPath;
        if (!Directory.Exists(folder)) return [];
        var files = new List<RecipeFile>();
        foreach (var path in Directory.EnumerateFiles(folder, "*" + Extension).Order(StringComparer.Ordinal))
        {
            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(path));
                var root = doc.RootElement;
                var tenant = root.GetProperty("tenant");
                files.Add(new(Path.GetFileName(path), root.GetProperty("name").GetString() ?? "", tenant.GetProperty("name").GetString() ?? "",
                    tenant.GetProperty("slug").GetString() ?? "", root.TryGetProperty("description", out var d) ? d.GetString() : null));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                // A broken file is still listed: picking it shows the loader's errors with their paths.
                files.Add(new(Path.GetFileName(path), Path.GetFileName(path), "?", "", null));
            }
        }
        return files;
    }

    /// <summary>The source of a listed file, or null when the name is not one of them (no path tricks).</summary>
    public RecipeSource? Open(string fileName)
    {
        var path = Path.Combine(options.Value.RecipesPath, fileName);
        return Path.GetFileName(fileName) == fileName && fileName.EndsWith(Extension, StringComparison.Ordinal) && File.Exists(path)
            ? RecipeSource.FromFile(path)
            : null;
    }

    /// <summary>An uploaded recipe: library references resolve against the recipes folder, as for shipped ones.</summary>
    public RecipeSource FromUpload(string json, string fileName) => new(json, options.Value.RecipesPath, fileName);
}
