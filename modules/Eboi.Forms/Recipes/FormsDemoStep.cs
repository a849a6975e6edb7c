using System.Text.Json;
using Eboi.Core.Recipes;
using Eboi.Core.Security;
using Eboi.Core.Data;
using Eboi.Core.Text;
using Eboi.Forms.Definitions;
using Eboi.Forms.Domain;
using Eboi.Forms.Filling;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Forms.Recipes;

/// <summary>
/// The demo section's "forms": a started draft for a demo citizen (found by PESEL among the verified accounts of
/// "demo.citizens"), so `./eboi run` shows "Twoje wersje robocze". A citizen who has a draft of the form keeps it.
/// </summary>
internal sealed class FormsDemoStep : IRecipeStep
{
    public string Name => "forms";
    public RecipeSection Section => RecipeSection.Demo;
    public int Order => 1250;
    public RecipeSchemaFragment Schema { get; } = RecipeSchemaFragment.FromResource(typeof(FormsDemoStep), "forms-demo.schema.json");

    public sealed record Demo(List<DemoDraft> Drafts);

    public sealed record DemoDraft(string Pesel, string Form, Dictionary<string, string> Answers);

    public void Validate(JsonElement? fragment, RecipeValidationContext context, List<RecipeError> errors)
    {
        if (Read(fragment) is not { } demo) return;
        for (var i = 0; i < demo.Drafts.Count; i++)
            if (!Core.Validation.PolishIds.IsValidPesel(demo.Drafts[i].Pesel))
                errors.Add(new($"$.demo.forms.drafts[{i}].pesel", "PESEL mieszkańca demonstracyjnego musi być prawidłowy."));
    }

    public string? Describe(JsonElement? fragment, RecipeState state) =>
        Read(fragment) is { } demo ? PolishPlural.Of(demo.Drafts.Count, "wersja robocza formularza", "wersje robocze formularzy", "wersji roboczych formularzy") : null;

    public async Task<int> ApplyAsync(JsonElement? fragment, RecipeApplyContext context, CancellationToken ct)
    {
        if (Read(fragment) is not { } demo) return 0;
        var catalog = context.Services.GetRequiredService<FormCatalog>();
        var citizens = context.Services.GetRequiredService<ICitizenDirectory>();
        var drafts = context.Services.GetRequiredService<DraftStore>();
        var mine = context.Services.GetRequiredService<CitizenForms>();
        var added = 0;
        foreach (var d in demo.Drafts)
        {
            var form = await catalog.PublishedAsync(d.Form, ct) ?? throw new InvalidOperationException($"Demo draft: no published form \"{d.Form}\".");
            if ((await citizens.FindVerifiedByPeselOrNipAsync(d.Pesel, null, ct)).FirstOrDefault() is not { } citizen) continue;
            if ((await mine.DraftsAsync(citizen.UserId, ct)).Any(x => x.FormSlug == d.Form)) continue;
            var draft = await drafts.StartAsync(form, citizen.UserId, ct);
            await drafts.SaveAsync(draft, form, d.Answers.ToDictionary(kv => kv.Key, kv => (string?)kv.Value), ct);
            added++;
        }
        return added;
    }

    private static Demo? Read(JsonElement? fragment) =>
        fragment is { ValueKind: JsonValueKind.Object } f ? f.Deserialize<Demo>(JsonColumn.Options) : null;
}
