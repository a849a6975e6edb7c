using System.Text.Json;
using Eboi.Core.Data;
using Eboi.Core.Recipes;
using Eboi.Core.Text;
using Eboi.Core.Validation;
using Eboi.Taxes.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Taxes.Recipes;

/// <summary>
/// The demo section's "taxes": demo tax cards (<see cref="DemoTaxData"/>) fed through the same <see cref="TaxImporter"/>
/// as the API and the CSV upload, after "demo.citizens" so the taxpayers link to the demo citizens by PESEL/NIP.
/// Idempotent by the import's external ids.
/// </summary>
internal sealed class TaxesDemoStep : IRecipeStep
{
    public string Name => "taxes";
    public RecipeSection Section => RecipeSection.Demo;
    public int Order => 1200;
    public RecipeSchemaFragment Schema { get; } = RecipeSchemaFragment.FromResource(typeof(TaxesDemoStep), "taxes-demo.schema.json");

    public void Validate(JsonElement? fragment, RecipeValidationContext context, List<RecipeError> errors)
    {
        if (Read(fragment) is not { } demo) return;
        for (var i = 0; i < demo.Taxpayers.Count; i++)
        {
            var t = demo.Taxpayers[i];
            if (i < 2 && (t.Pesel is null || !PolishIds.IsValidPesel(t.Pesel)))
                errors.Add(new($"$.demo.taxes.taxpayers[{i}].pesel", "Dwaj pierwsi podatnicy demonstracyjni to osoby z prawidłowym numerem PESEL."));
            if (i == 2 && (t.Nip is null || PolishIds.NormalizeNip(t.Nip) is null))
                errors.Add(new($"$.demo.taxes.taxpayers[{i}].nip", "Trzeci podatnik demonstracyjny to firma z prawidłowym numerem NIP."));
        }
    }

    public string? Describe(JsonElement? fragment, RecipeState state) =>
        Read(fragment) is { } demo ? PolishPlural.Of(demo.Taxpayers.Count, "podatnik demonstracyjny", "podatników demonstracyjnych", "podatników demonstracyjnych") : null;

    public async Task<int> ApplyAsync(JsonElement? fragment, RecipeApplyContext context, CancellationToken ct)
    {
        if (Read(fragment) is not { } demo) return 0;
        var today = PolishTime.DateOf(context.Services.GetRequiredService<TimeProvider>().GetUtcNow());
        var result = await context.Services.GetRequiredService<TaxImporter>().ImportAsync(DemoTaxData.Build(context.TenantSlug, demo, today), ct);
        if (result.Rejected.Count > 0)
            throw new InvalidOperationException("Demo tax data rejected: " + string.Join(" ", result.Rejected.Select(r => r.Reason)));
        return result.Added + result.Changed;
    }

    private static DemoTaxData.Demo? Read(JsonElement? fragment) =>
        fragment is { ValueKind: JsonValueKind.Object } f ? f.Deserialize<DemoTaxData.Demo>(JsonColumn.Options) : null;
}
