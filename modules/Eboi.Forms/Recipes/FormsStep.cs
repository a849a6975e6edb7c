using System.Text.Json;
using Eboi.Content;
using Eboi.Core.Recipes;
using Eboi.Core.Text;
using Eboi.Forms.Definitions;
using Eboi.Forms.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Forms.Recipes;

/// <summary>
/// The recipe's "forms": the gmina's electronic forms, published as versioned content of the type "Formularz".
/// Applying the recipe again adds a version only to a form that changed (<see cref="ContentService.StagePublishedAsync"/>).
/// </summary>
internal sealed class FormsStep : IRecipeStep
{
    private const string Author = "przepis";

    public string Name => "forms";
    public int Order => 650;
    public RecipeSchemaFragment Schema { get; } = RecipeSchemaFragment.FromResource(typeof(FormsStep), "forms.schema.json");

    public void Validate(JsonElement? fragment, RecipeValidationContext context, List<RecipeError> errors)
    {
        var forms = Read(fragment);
        if (forms.Count > 0 && !context.Modules.Contains(FormsModule.ModuleName))
            errors.Add(new("$.modules", $"Przepis zawiera formularze, ale nie włącza modułu {FormsModule.ModuleName}."));
        for (var i = 0; i < forms.Count; i++)
        {
            var f = forms[i];
            if (forms.FindIndex(x => x.Slug == f.Slug) != i) errors.Add(new($"$.forms[{i}].slug", $"Formularz „{f.Slug}” powtarza się."));
            foreach (var (field, message) in FormDefinitionRules.Check(f.Title, f.Department, f.Fields))
                errors.Add(new(field < 0 ? $"$.forms[{i}]" : $"$.forms[{i}].fields[{field}]", message));
        }
    }

    public string? Describe(JsonElement? fragment, RecipeState state) =>
        Read(fragment) is { Count: > 0 } forms ? PolishPlural.Of(forms.Count, "formularz elektroniczny", "formularze elektroniczne", "formularzy elektronicznych") : null;

    public async Task<int> ApplyAsync(JsonElement? fragment, RecipeApplyContext context, CancellationToken ct)
    {
        var forms = Read(fragment);
        if (forms.Count == 0) return 0;
        var changes = await context.Services.GetRequiredService<ContentTypeService>().StageAsync(context.TenantId, FormContentType.Definition, ct) ? 1 : 0;
        var content = context.Services.GetRequiredService<ContentService>();
        foreach (var f in forms)
        {
            var data = FormContentType.Write(new FormContent
            {
                Description = f.Description?.Trim() ?? "", Department = f.Department.Trim(), DepartmentEmail = f.DepartmentEmail, Fields = f.Fields,
            });
            var draft = new ContentDraft(f.Title.Trim(), f.Slug, data, SortOrder: f.Order, SearchText: f.Title);
            if (await content.StagePublishedAsync(context.TenantId, FormContentType.Name, f.Slug, draft, Author, ct)) changes++;
        }
        return changes;
    }

    private static List<RecipeForm> Read(JsonElement? fragment) =>
        fragment?.Deserialize<List<RecipeForm>>(FormContentType.Json) ?? [];
}
