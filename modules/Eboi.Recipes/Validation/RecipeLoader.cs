using System.Text.Json;
using Eboi.Core.Data;
using Eboi.Core.Modules;
using Eboi.Core.Recipes;
using Eboi.Core.Tenancy;
using Eboi.Core.Validation;
using Eboi.Recipes.Schema;
using Eboi.Recipes.Sources;
using Eboi.Recipes.Validation;
using Microsoft.Extensions.Options;

namespace Eboi.Recipes;

/// <summary>
/// Reads a recipe and checks everything before anything is written: JSON syntax, sections no registered step owns,
/// the schema composed from the steps' fragments, the tenant's rules, then every step's own rules (library
/// references, unique keys and slugs, users' roles...). Every error is collected; the caller gets all of them at once.
/// </summary>
public sealed class RecipeLoader(IOptions<RecipeOptions> options, IEnumerable<IRecipeStep> steps, ModuleRegistry modules)
{
    private readonly IReadOnlyList<IRecipeStep> _steps = RecipeSteps.Ordered(steps);
    private readonly Lazy<JsonSchemaValidator> _validator = new(() => CreateValidator(options.Value.RecipesPath, steps, modules));

    /// <summary>The composed recipe schema plus recipes/library.schema.json (whose cards refer to the recipe schema's $defs).</summary>
    internal static JsonSchemaValidator CreateValidator(string recipesPath, IEnumerable<IRecipeStep> steps, ModuleRegistry modules)
    {
        var validator = new JsonSchemaValidator();
        using (var recipe = JsonDocument.Parse(RecipeSchema.Compose(steps, modules).ToJsonString())) validator.Add(recipe.RootElement);
        using var library = JsonDocument.Parse(File.ReadAllText(Path.Combine(recipesPath, RecipeSchema.LibraryId)));
        validator.Add(library.RootElement);
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
        if (!RecipeJson.TryParse(source.Json, "$", errors, out var root)) return null;
        var schemaErrors = CheckOwners(root, errors) ? _validator.Value.Validate(root, RecipeSchema.Id) : [];
        errors.AddRange(schemaErrors);
        if (errors.Count > 0) return null;

        var recipe = root.Deserialize<Recipe>(JsonColumn.Options)!;
        recipe = recipe with { Tenant = recipe.Tenant with { Profile = root.GetProperty("tenant").Deserialize<TenantProfile>(JsonColumn.Options)! } };
        CheckTenant(recipe, errors);

        var state = new RecipeState();
        var context = new RecipeValidationContext(root, source.BaseDirectory, options.Value.RecipesPath, ValidateOther, state);
        foreach (var step in _steps) step.Validate(RecipeSteps.Fragment(root, step), context, errors);
        if (errors.Count > 0) return null;
        var summary = _steps.Select(s => s.Describe(RecipeSteps.Fragment(root, s), state)).OfType<string>().ToList();
        return new LoadedRecipe(recipe, root, state, summary);
    }

    private IReadOnlyList<RecipeError> ValidateOther(JsonElement document, string schemaId) => _validator.Value.Validate(document, schemaId);

    // A section no registered step reads belongs to a module this application lacks: said plainly at its path rather
    // than as the schema's "unknown property". Returns false when any was found (the schema check would repeat it).
    private bool CheckOwners(JsonElement root, List<RecipeError> errors)
    {
        if (root.ValueKind != JsonValueKind.Object) return true;
        var before = errors.Count;
        var main = _steps.Where(s => s.Section == RecipeSection.Main).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
            if (!RecipeSchema.BaseProperties.Contains(property.Name) && !main.Contains(property.Name))
                errors.Add(new($"$.{property.Name}", $"Sekcję „{property.Name}” obsługuje moduł, którego ta instalacja nie ma (brak kroku przepisu „{property.Name}”)."));
        return errors.Count == before;
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
    }
}
