using System.Text.Json;
using Eboi.Core.Data;
using Eboi.Core.Recipes;
using Eboi.Core.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Users.Recipes;

/// <summary>The recipe's "demo.citizens": verified demo citizens with generated passwords (<see cref="DemoCitizensSeeder"/>), only with --demo; before the demo tax data, which links to them by PESEL/NIP.</summary>
internal sealed class DemoCitizensStep : IRecipeStep
{
    public string Name => "citizens";
    public RecipeSection Section => RecipeSection.Demo;
    public int Order => 1010;
    public RecipeSchemaFragment Schema { get; } = RecipeSchemaFragment.FromResource(typeof(DemoCitizensStep), "citizens.schema.json");

    public void Validate(JsonElement? fragment, RecipeValidationContext context, List<RecipeError> errors)
    {
        var citizens = Read(fragment);
        for (var i = 0; i < citizens.Count; i++)
        {
            var c = citizens[i];
            if (c.Pesel is null == (c.Nip is null))
                errors.Add(new($"$.demo.citizens[{i}]", "Mieszkaniec demonstracyjny ma PESEL (osoba) albo NIP (firma), nie oba i nie żadnego."));
            if (c.Pesel is not null && !PolishIds.IsValidPesel(c.Pesel))
                errors.Add(new($"$.demo.citizens[{i}].pesel", $"PESEL {c.Pesel} jest nieprawidłowy."));
            if (c.Nip is not null && PolishIds.NormalizeNip(c.Nip) != c.Nip)
                errors.Add(new($"$.demo.citizens[{i}].nip", $"NIP {c.Nip} jest nieprawidłowy (10 cyfr bez kresek)."));
            if (c.Pesel is not null && (c.FirstName is null || c.LastName is null))
                errors.Add(new($"$.demo.citizens[{i}]", "Osoba potrzebuje imienia i nazwiska."));
            if (c.Nip is not null && c.CompanyName is null)
                errors.Add(new($"$.demo.citizens[{i}].companyName", "Firma potrzebuje nazwy."));
        }
    }

    public Task<int> ApplyAsync(JsonElement? fragment, RecipeApplyContext context, CancellationToken ct) =>
        context.Services.GetRequiredService<DemoCitizensSeeder>().ApplyAsync(context.TenantSlug, Read(fragment), DemoStaffStep.RegulaminVersion(context.Recipe), ct);

    private static List<DemoCitizensSeeder.DemoCitizen> Read(JsonElement? fragment) =>
        fragment?.Deserialize<List<DemoCitizensSeeder.DemoCitizen>>(JsonColumn.Options) ?? [];
}
