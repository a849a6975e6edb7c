using System.Text.Json;
using System.Text.Json.Nodes;
using Eboi.Core.Data;
using Eboi.Core.Recipes;

namespace Eboi.Catalog.Recipes;

/// <summary>
/// Turns a recipe's "catalog" into the cards to publish: loads the library (inside recipes/, checked against
/// library.schema.json), merges each {"use": ...} entry with its library card, fills in the default place, replaces
/// the tenant tokens, and reports unknown cards and categories and repeated keys and slugs with their paths.
/// </summary>
internal static class CatalogResolver
{
    /// <summary>The $id of recipes/library.schema.json.</summary>
    public const string LibrarySchemaId = "library.schema.json";

    public static CatalogLibrary? LoadLibrary(string? relative, RecipeValidationContext context, List<RecipeError> errors)
    {
        if (relative is null) return null;
        const string path = "$.catalog.library";
        var root = Path.GetFullPath(context.RecipesPath);
        var full = Path.GetFullPath(Path.Combine(context.BaseDirectory, relative));
        if (!File.Exists(full)) full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            errors.Add(new(path, "Biblioteka musi leżeć w katalogu przepisów (recipes/)."));
            return null;
        }
        if (!File.Exists(full))
        {
            errors.Add(new(path, $"Nie znaleziono pliku biblioteki „{relative}”."));
            return null;
        }
        if (!RecipeJson.TryParse(File.ReadAllText(full), $"{relative}:$", errors, out var libRoot)) return null;
        var libErrors = context.ValidateSchema(libRoot, LibrarySchemaId);
        errors.AddRange(libErrors.Select(e => e with { Path = $"{relative}:{e.Path}" }));
        return libErrors.Count == 0 ? libRoot.Deserialize<CatalogLibrary>(JsonColumn.Options) : null;
    }

    public static ResolvedCatalog Resolve(RecipeCatalog catalog, TenantTokens tenant, CatalogLibrary? library, List<RecipeError> errors)
    {
        var categories = (library?.Categories ?? []).Where(c => catalog.Categories.All(own => own.Key != c.Key)).Concat(catalog.Categories).ToList();
        var libraryCards = (library?.Services ?? []).ToDictionary(s => s["key"]!.GetValue<string>());
        var tokens = tenant.Tokens();
        var services = new List<JsonObject>();
        var keys = new Dictionary<string, int>();
        var slugs = new Dictionary<string, int>();

        for (var i = 0; i < catalog.Services.Count; i++)
        {
            var path = $"$.catalog.services[{i}]";
            var entry = catalog.Services[i];
            JsonObject card;
            if (entry["use"]?.GetValue<string>() is { } use)
            {
                if (!libraryCards.TryGetValue(use, out var baseCard))
                {
                    // A library that is named but could not be read was reported once already; its cards are not repeated.
                    if (library is null && catalog.Library is not null) continue;
                    errors.Add(new($"{path}.use", library is null
                        ? $"Karta „{use}” pochodzi z biblioteki, ale przepis nie wskazuje biblioteki (catalog.library)."
                        : $"Biblioteka nie zawiera karty „{use}”."));
                    continue;
                }
                card = (JsonObject)baseCard.DeepClone();
                foreach (var (name, value) in entry.Where(p => p.Key != "use")) card[name] = value?.DeepClone();
            }
            else card = (JsonObject)entry.DeepClone();

            if (card["place"] is null && catalog.Place is not null) card["place"] = catalog.Place.DeepClone();
            ReplaceTokens(card, tokens);

            var key = card["key"]!.GetValue<string>();
            var slug = card["slug"]?.GetValue<string>() ?? key;
            card["slug"] = slug;
            var category = card["category"]?.GetValue<string>();
            if (keys.TryGetValue(key, out var k)) errors.Add(new(path, $"Karta „{key}” występuje już w pozycji {k}."));
            else keys[key] = i;
            if (slugs.TryGetValue(slug, out var s)) errors.Add(new($"{path}.slug", $"Adres „{slug}” ma już karta w pozycji {s}."));
            else slugs[slug] = i;
            if (category is null || categories.All(c => c.Key != category))
                errors.Add(new($"{path}.category", $"Nieznana kategoria „{category}”. Dodaj ją do catalog.categories lub biblioteki."));
            services.Add(card);
        }
        var used = services.Select(s => s["category"]?.GetValue<string>()).ToHashSet();
        return new(categories.Where(c => used.Contains(c.Key)).ToList(), services);
    }

    private static void ReplaceTokens(JsonNode node, Dictionary<string, string> tokens)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var name in o.Select(p => p.Key).ToList())
                    if (o[name] is JsonValue v && v.TryGetValue<string>(out var s)) o[name] = Replace(s, tokens);
                    else if (o[name] is { } child) ReplaceTokens(child, tokens);
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                    if (a[i] is JsonValue v && v.TryGetValue<string>(out var s)) a[i] = Replace(s, tokens);
                    else if (a[i] is { } child) ReplaceTokens(child, tokens);
                break;
        }
    }

    private static string Replace(string s, Dictionary<string, string> tokens)
    {
        foreach (var (token, value) in tokens) s = s.Replace(token, value, StringComparison.Ordinal);
        return s;
    }
}
