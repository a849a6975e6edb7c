using System.Text.Json;
using System.Text.Json.Nodes;
using Eboi.Core.Data;
using Eboi.Core.Recipes;
using Eboi.Core.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Content.Recipes;

/// <summary>The recipe's "regulamin": the portal's terms, one published item under the key "regulamin".</summary>
internal sealed class RegulaminStep : IRecipeStep
{
    private const string Key = "regulamin";

    public string Name => "regulamin";
    public int Order => 400;
    public RecipeSchemaFragment Schema { get; } = RecipeSchemaFragment.FromResource(typeof(RegulaminStep), "regulamin.schema.json");

    public void Validate(JsonElement? fragment, RecipeValidationContext context, List<RecipeError> errors)
    {
        // The schema covers it (version, date, body).
    }

    public async Task<int> ApplyAsync(JsonElement? fragment, RecipeApplyContext context, CancellationToken ct)
    {
        if (fragment?.Deserialize<RecipeRegulamin>(JsonColumn.Options) is not { } r) return 0;
        var data = new JsonObject { ["version"] = r.Version, ["effectiveFrom"] = r.EffectiveFrom, ["body"] = r.Body };
        var draft = new ContentDraft(r.Title, Key, data, SearchText: MarkdownRenderer.ToPlainText(r.Body));
        var content = context.Services.GetRequiredService<ContentService>();
        return await content.StagePublishedAsync(context.TenantId, ContentTypeNames.Regulamin, Key, draft, ContentTypesStep.Author, ct) ? 1 : 0;
    }
}
