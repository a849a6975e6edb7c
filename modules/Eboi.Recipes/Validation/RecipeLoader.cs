using System.Text.Json;
using System.Text.Json.Nodes;
using Eboi.Core.Data;
using Eboi.Core.Modules;
using Eboi.Core.Tenancy;
using Eboi.Core.Validation;
using Eboi.Recipes.Model;
using Eboi.Recipes.Schema;
using Eboi.Recipes.Sources;
using Microsoft.Extensions.Options;

namespace Eboi.Recipes.Validation;

/// <summary>
/// Reads a recipe and checks everything before anything is written: JSON syntax, the schema, then the rules a
/// schema cannot express (library references, categories, unique keys and slugs, NRB checksum, reserved names,
/// users' roles and addresses).
/// Every error is collected; the caller gets all of them at once.
/// </summary>
public sealed class RecipeLoader(IOptions<RecipeOptions> options, ModuleRegistry modules)
{
    public const string RecipeSchemaId = "recipe.schema.json";
    public const string LibrarySchemaId = "library.schema.json";

    private readonly Lazy<JsonSchemaValidator> _validator = new(() => CreateValidator(options.Value.RecipesPath));

    public static JsonSchemaValidator CreateValidator(string recipesPath)
    {
        var validator = new JsonSchemaValidator();
        foreach (var file in new[] { RecipeSchemaId, LibrarySchemaId })
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(recipesPath, file)));
            validator.Add(doc.RootElement);
        }
        return validator;
    }

    /// <summary>Loads and validates; throws <see cref="RecipeValidationException"/> with all errors.</summary>
    public LoadedRecipe Load(RecipeSource source)
    {
        var errors = new List<RecipeError>();
        var loaded = TryLoad(source, errors);
        if (errors.Count > 0 || loaded is null) throw new RecipeValidationException(errors);
        return loaded;
    }

    public LoadedRecipe? TryLoad(RecipeSource source, List<RecipeError> errors)
    {
        if (!TryParse(source.Json, "$", errors, out var root)) return null;
        var schemaErrors = _validator.Value.Validate(root, RecipeSchemaId);
        errors.AddRange(schemaErrors);
        if (schemaErrors.Count > 0) return null;

        var recipe = root.Deserialize<Recipe>(JsonColumn.Options)!;
        recipe = recipe with { Tenant = recipe.Tenant with { Profile = root.GetProperty("tenant").Deserialize<TenantProfile>(JsonColumn.Options)! } };
        CheckTenant(recipe, errors);
        CheckPages(recipe, errors);
        CheckDemoStaffRoles(recipe, errors);
        RecipeUserRules.Check(recipe.Users, RecipeUserRules.RecipePath, recipe.Roles, errors);

        var library = LoadLibrary(recipe.Catalog?.Library, source.BaseDirectory, errors);
        var (categories, services) = ResolveCatalog(recipe, library, errors);
        return errors.Count == 0 ? new LoadedRecipe(recipe, categories, services) : null;
    }

    private static bool TryParse(string json, string path, List<RecipeError> errors, out JsonElement root)
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

    private void CheckTenant(Recipe recipe, List<RecipeError> errors)
    {
        var t = recipe.Tenant;
        if (ReservedNames.TenantSlugs.Contains(t.Slug))
            errors.Add(new("$.tenant.slug", $"Adres „{t.Slug}” jest zarezerwowany przez aplikację; wybierz inny."));
        if (!ThemeNames.TenantThemes.Contains(t.Theme))
            errors.Add(new("$.tenant.theme", $"Nieznany motyw „{t.Theme}”. Dostępne: {string.Join(", ", ThemeNames.TenantThemes)}."));
        if (!string.IsNullOrEmpty(t.Profile.BankAccount) && !PolishIds.IsValidNrb(t.Profile.BankAccount))
            errors.Add(new("$.tenant.bankAccount", "Numer rachunku nie przechodzi kontroli sumy (NRB, mod 97)."));
        for (var i = 0; i < t.Hosts.Count; i++)
            if (t.Hosts.IndexOf(t.Hosts[i]) != i) errors.Add(new($"$.tenant.hosts[{i}]", $"Host „{t.Hosts[i]}” powtarza się."));
        for (var i = 0; i < recipe.Modules.Count; i++)
        {
            if (!modules.IsSwitchable(recipe.Modules[i]))
                errors.Add(new($"$.modules[{i}]", $"Nieznany moduł „{recipe.Modules[i]}”."));
            else if (recipe.Modules.IndexOf(recipe.Modules[i]) != i)
                errors.Add(new($"$.modules[{i}]", $"Moduł „{recipe.Modules[i]}” powtarza się."));
        }
        if (recipe.Catalog is not null && !recipe.Modules.Contains(ModuleNames.Catalog))
            errors.Add(new("$.modules", "Przepis zawiera katalog spraw, ale nie włącza modułu Catalog."));
    }

    private static void CheckPages(Recipe recipe, List<RecipeError> errors)
    {
        for (var i = 0; i < recipe.Pages.Count; i++)
        {
            var slug = recipe.Pages[i].Slug;
            if (ReservedNames.PageSlugs.Contains(slug))
                errors.Add(new($"$.pages[{i}].slug", $"Adres „{slug}” jest zajęty przez inną funkcję portalu."));
            else if (recipe.Pages.FindIndex(p => p.Slug == slug) != i)
                errors.Add(new($"$.pages[{i}].slug", $"Strona o adresie „{slug}” powtarza się."));
        }
    }

    private static void CheckDemoStaffRoles(Recipe recipe, List<RecipeError> errors)
    {
        if (recipe.Demo?["staff"] is not JsonArray staff) return;
        var roles = recipe.Roles.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < staff.Count; i++)
            if (staff[i]?["roles"] is JsonArray wanted)
                for (var j = 0; j < wanted.Count; j++)
                    if (wanted[j]?.GetValue<string>() is { } role && !roles.Contains(role))
                        errors.Add(new($"$.demo.staff[{i}].roles[{j}]", $"Rola „{role}” nie jest zdefiniowana w sekcji roles przepisu."));
    }

    private CatalogLibrary? LoadLibrary(string? relative, string baseDirectory, List<RecipeError> errors)
    {
        if (relative is null) return null;
        const string path = "$.catalog.library";
        var root = Path.GetFullPath(options.Value.RecipesPath);
        var full = Path.GetFullPath(Path.Combine(baseDirectory, relative));
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
        if (!TryParse(File.ReadAllText(full), $"{relative}:$", errors, out var libRoot)) return null;
        var libErrors = _validator.Value.Validate(libRoot, LibrarySchemaId);
        errors.AddRange(libErrors.Select(e => e with { Path = $"{relative}:{e.Path}" }));
        return libErrors.Count == 0 ? libRoot.Deserialize<CatalogLibrary>(JsonColumn.Options) : null;
    }

    private static (IReadOnlyList<RecipeCategory>, IReadOnlyList<JsonObject>) ResolveCatalog(Recipe recipe, CatalogLibrary? library, List<RecipeError> errors)
    {
        if (recipe.Catalog is not { } catalog) return ([], []);
        var categories = (library?.Categories ?? []).Where(c => catalog.Categories.All(own => own.Key != c.Key)).Concat(catalog.Categories).ToList();
        var libraryCards = (library?.Services ?? []).ToDictionary(s => s["key"]!.GetValue<string>());
        var tokens = Tokens(recipe.Tenant);
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
        return (categories.Where(c => used.Contains(c.Key)).ToList(), services);
    }

    private static Dictionary<string, string> Tokens(RecipeTenant t) => new()
    {
        ["{urzad}"] = t.OfficeName,
        ["{gmina}"] = t.Name,
        ["{organ}"] = t.Profile.HeadTitle,
        ["{adres}"] = t.Profile.Address.ToString(),
    };

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
