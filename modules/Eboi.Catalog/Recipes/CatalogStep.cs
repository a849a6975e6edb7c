using System.Text.Json;
using Eboi.Catalog.Domain;
using Eboi.Content;
using Eboi.Content.Recipes;
using Eboi.Core.Data;
using Eboi.Core.Modules;
using Eboi.Core.Recipes;
using Eboi.Core.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Catalog.Recipes;

/// <summary>
/// The recipe's "catalog": the catalog's content types (for a tenant that enables Catalog), then its categories and
/// service cards (<see cref="CatalogResolver"/>), published by key. A catalog in a recipe that does not enable the
/// Catalog module is an error.
/// </summary>
internal sealed class CatalogStep : IRecipeStep
{
    public string Name => "catalog";
    public int Order => 500;
    public RecipeSchemaFragment Schema { get; } = RecipeSchemaFragment.FromResource(typeof(CatalogStep), "catalog.schema.json");

    public void Validate(JsonElement? fragment, RecipeValidationContext context, List<RecipeError> errors)
    {
        if (fragment?.Deserialize<RecipeCatalog>(JsonColumn.Options) is not { } catalog) return;
        if (!context.Modules.Contains(ModuleNames.Catalog))
            errors.Add(new("$.modules", "Przepis zawiera katalog spraw, ale nie włącza modułu Catalog."));
        var library = CatalogResolver.LoadLibrary(catalog.Library, context, errors);
        context.State.Set(CatalogResolver.Resolve(catalog, TenantTokens.Of(context.Recipe), library, errors));
    }

    public string? Describe(JsonElement? fragment, RecipeState state) =>
        state.Get<ResolvedCatalog>() is { } c
            ? $"{PolishPlural.Of(c.Services.Count, "karta usługi", "karty usług", "kart usług")} w {c.Categories.Count} {(c.Categories.Count == 1 ? "kategorii" : "kategoriach")}"
            : null;

    public async Task<int> ApplyAsync(JsonElement? fragment, RecipeApplyContext context, CancellationToken ct)
    {
        var changes = 0;
        if (context.Modules.Contains(ModuleNames.Catalog))
        {
            var types = context.Services.GetRequiredService<ContentTypeService>();
            foreach (var type in new[] { CatalogContentTypes.ServiceDefinition, CatalogContentTypes.CategoryDefinition })
                if (await types.StageAsync(context.TenantId, type, ct)) changes++;
        }
        if (context.State.Get<ResolvedCatalog>() is not { } resolved) return changes;

        var content = context.Services.GetRequiredService<ContentService>();
        for (var i = 0; i < resolved.Categories.Count; i++)
        {
            var c = resolved.Categories[i];
            var draft = new ContentDraft(c.Title, c.Key, new() { ["description"] = c.Description ?? "" }, SortOrder: i, SearchText: c.Description ?? "");
            if (await content.StagePublishedAsync(context.TenantId, CatalogContentTypes.Category, c.Key, draft, ContentTypesStep.Author, ct)) changes++;
        }
        var titles = resolved.Categories.ToDictionary(c => c.Key, c => c.Title);
        for (var i = 0; i < resolved.Services.Count; i++)
        {
            var draft = ServiceCardDraft.From(resolved.Services[i], i, titles);
            if (await content.StagePublishedAsync(context.TenantId, CatalogContentTypes.Service, resolved.Services[i]["key"]!.GetValue<string>(), draft, ContentTypesStep.Author, ct)) changes++;
        }
        return changes;
    }

    // The service directory is rebuilt and the tenant's cached pages evicted whenever the recipe changed anything
    // (a new office name reaches the cards through the tokens).
    public Task OnRecipeChangedAsync(RecipeApplyContext context, CancellationToken ct) =>
        context.Services.GetRequiredService<ContentService>().ChangedAsync(context.TenantId, CatalogContentTypes.Service, ct);
}
