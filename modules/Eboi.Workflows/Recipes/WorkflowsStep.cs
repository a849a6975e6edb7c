using System.Text.Json;
using Eboi.Core.Data;
using Eboi.Core.Recipes;
using Eboi.Core.Text;
using Eboi.Email;
using Eboi.Workflows.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Workflows.Recipes;

/// <summary>
/// The recipe's "workflows": the gmina's workflow definitions, validated like the editor validates them (tasks,
/// settings, transitions, trigger events; paths such as $.workflows[0].activities[2].settings.szablon) and applied by
/// key: an unchanged definition changes nothing, a changed one becomes its next version.
/// </summary>
internal sealed class WorkflowsStep : IRecipeStep
{
    private const string Author = "przepis";
    private readonly IServiceScopeFactory? _scopes;
    private readonly IEmailTemplateCatalog? _templates;

    /// <summary>As the app registers it: validation sees the registered tasks, events and e-mail templates.</summary>
    public WorkflowsStep(IServiceScopeFactory scopes, IEmailTemplateCatalog templates) => (_scopes, _templates) = (scopes, templates);

    /// <summary>
    /// Without the app's services (unit tests compose steps by reflection): only what needs no registry is checked
    /// (module on, unique keys); tasks, events and templates are services, checked when the app validates the recipe.
    /// </summary>
    public WorkflowsStep() { }

    public string Name => "workflows";
    public int Order => 700;
    public RecipeSchemaFragment Schema { get; } = RecipeSchemaFragment.FromResource(typeof(WorkflowsStep), "workflows.schema.json");

    public void Validate(JsonElement? fragment, RecipeValidationContext context, List<RecipeError> errors)
    {
        var items = Read(fragment);
        if (items.Count == 0) return;
        if (!context.Modules.Contains(WorkflowsModule.ModuleName))
            errors.Add(new("$.modules", $"Przepis zawiera procesy, ale nie włącza modułu {WorkflowsModule.ModuleName}."));
        for (var i = 0; i < items.Count; i++)
            if (items.FindIndex(x => x.Key == items[i].Key) != i)
                errors.Add(new($"$.workflows[{i}].key", $"Proces „{items[i].Key}” powtarza się."));
        if (_scopes is null || _templates is null) return;
        var roles = RecipeRoles(context.Recipe);
        var keys = _templates.All.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        using var scope = _scopes.CreateScope();
        var catalog = scope.ServiceProvider.GetRequiredService<WorkflowCatalog>();
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var e in WorkflowValidator.Validate(items[i], catalog, roles, keys))
                errors.Add(new($"$.workflows[{i}].{e.Path}", e.Message));
        }
    }

    public string? Describe(JsonElement? fragment, RecipeState state) =>
        Read(fragment) is { Count: > 0 } items ? PolishPlural.Of(items.Count, "proces", "procesy", "procesów") : null;

    public async Task<int> ApplyAsync(JsonElement? fragment, RecipeApplyContext context, CancellationToken ct)
    {
        var items = Read(fragment);
        if (items.Count == 0) return 0;
        var definitions = context.Services.GetRequiredService<WorkflowDefinitions>();
        var changes = 0;
        foreach (var doc in items)
            if ((await definitions.ApplyAsync(doc, Author, ct)).Change is not null) changes++;
        return changes;
    }

    private static IReadOnlySet<string> RecipeRoles(JsonElement recipe) =>
        recipe.TryGetProperty("roles", out var roles) && roles.ValueKind == JsonValueKind.Array
            ? roles.EnumerateArray().Where(r => r.TryGetProperty("name", out _)).Select(r => r.GetProperty("name").GetString() ?? "").ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>();

    internal static List<WorkflowDocument> Read(JsonElement? fragment) =>
        fragment?.Deserialize<List<WorkflowDocument>>(JsonColumn.Options) ?? [];
}
