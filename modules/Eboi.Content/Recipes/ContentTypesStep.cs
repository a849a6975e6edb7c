using System.Text.Json;
using Eboi.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Content;

/// <summary>Ensures Content's own types (page, regulamin) in every tenant a recipe applies to; it has no JSON of its own.</summary>
public sealed class ContentTypesStep : IRecipeStep
{
    /// <summary>Who recipe-published content is credited to in its history.</summary>
    public const string Author = "przepis";

    public string Name => "contentTypes";
    public int Order => 200;
    public RecipeSchemaFragment? Schema => null;

    public void Validate(JsonElement? fragment, RecipeValidationContext context, List<RecipeError> errors)
    {
        // Nothing to check: the types are the module's, not the recipe's.
    }

    public async Task<int> ApplyAsync(JsonElement? fragment, RecipeApplyContext context, CancellationToken ct)
    {
        var types = context.Services.GetRequiredService<ContentTypeService>();
        var changes = 0;
        foreach (var type in new[] { BuiltInContentTypes.Page, BuiltInContentTypes.Regulamin })
            if (await types.StageAsync(context.TenantId, type, ct)) changes++;
        return changes;
    }
}
