using System.Text.Json;
using System.Text.Json.Nodes;
using Eboi.Core.Data;
using Eboi.Core.Recipes;
using Eboi.Core.Tenancy;
using Eboi.Core.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Content.Recipes;

/// <summary>The recipe's "pages": content pages published by slug (help, privacy policy...).</summary>
internal sealed class PagesStep : IRecipeStep
{
    public string Name => "pages";
    public int Order => 300;
    public RecipeSchemaFragment Schema { get; } = RecipeSchemaFragment.FromResource(typeof(PagesStep), "pages.schema.json");

    public void Validate(JsonElement? fragment, RecipeValidationContext context, List<RecipeError> errors)
    {
        var pages = Read(fragment);
        for (var i = 0; i < pages.Count; i++)
        {
            var slug = pages[i].Slug;
            if (ReservedNames.PageSlugs.Contains(slug))
                errors.Add(new($"$.pages[{i}].slug", $"Adres „{slug}” jest zajęty przez inną funkcję portalu."));
            else if (pages.FindIndex(p => p.Slug == slug) != i)
                errors.Add(new($"$.pages[{i}].slug", $"Strona o adresie „{slug}” powtarza się."));
        }
    }

    public string? Describe(JsonElement? fragment, RecipeState state) => PolishPlural.Of(Read(fragment).Count, "strona", "strony", "stron");

    public async Task<int> ApplyAsync(JsonElement? fragment, RecipeApplyContext context, CancellationToken ct)
    {
        var content = context.Services.GetRequiredService<ContentService>();
        var changes = 0;
        foreach (var page in Read(fragment))
        {
            var draft = new ContentDraft(page.Title, page.Slug, new JsonObject { ["body"] = page.Body, ["menu"] = page.Menu },
                SearchText: MarkdownRenderer.ToPlainText(page.Body));
            if (await content.StagePublishedAsync(context.TenantId, ContentTypeNames.Page, page.Slug, draft, ContentTypesStep.Author, ct)) changes++;
        }
        return changes;
    }

    private static List<RecipePage> Read(JsonElement? fragment) => fragment?.Deserialize<List<RecipePage>>(JsonColumn.Options) ?? [];
}
