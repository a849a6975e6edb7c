using System.Text.Json;
using Eboi.Cases.Domain;
using Eboi.Cases.Import;
using Eboi.Core.Data;
using Eboi.Core.Recipes;
using Eboi.Core.Tenancy;
using Eboi.Core.Text;
using Eboi.Core.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Cases.Recipes;

/// <summary>
/// The demo section's "cases": demo cases and documents (<see cref="DemoCaseData"/>) fed through the same
/// <see cref="CaseImporter"/> as the EZD API (without notifications), after "demo.citizens" so the parties link to the
/// demo citizens by PESEL/NIP; then one message from the first party to the officer, waiting in the EZD inbox.
/// Idempotent by external ids and by that message's case.
/// </summary>
internal sealed class CasesDemoStep : IRecipeStep
{
    public const string DemoMessageSubject = "Pytanie o termin decyzji";

    public string Name => "cases";
    public RecipeSection Section => RecipeSection.Demo;
    public int Order => 1250;
    public RecipeSchemaFragment Schema { get; } = RecipeSchemaFragment.FromResource(typeof(CasesDemoStep), "cases-demo.schema.json");

    public void Validate(JsonElement? fragment, RecipeValidationContext context, List<RecipeError> errors)
    {
        if (Read(fragment) is not { } demo) return;
        if (!CaseSign.IsUnit(demo.Unit)) errors.Add(new("$.demo.cases.unit", $"„{demo.Unit}” nie jest symbolem komórki organizacyjnej (litery i cyfry, części rozdzielone kropką lub myślnikiem)."));
        if (!EmailAddresses.IsValid(demo.Officer.Email)) errors.Add(new("$.demo.cases.officer.email", $"„{demo.Officer.Email}” nie jest adresem e-mail."));
        for (var i = 0; i < demo.Parties.Count; i++)
        {
            var p = demo.Parties[i];
            if (p.Pesel is null && p.Nip is null) errors.Add(new($"$.demo.cases.parties[{i}]", "Strona demonstracyjna potrzebuje numeru PESEL albo NIP (po nim łączy się z kontem)."));
            if (p.Pesel is not null && !PolishIds.IsValidPesel(p.Pesel)) errors.Add(new($"$.demo.cases.parties[{i}].pesel", $"PESEL {p.Pesel} jest nieprawidłowy."));
            if (p.Nip is not null && PolishIds.NormalizeNip(p.Nip) is null) errors.Add(new($"$.demo.cases.parties[{i}].nip", $"NIP {p.Nip} jest nieprawidłowy."));
        }
    }

    public string? Describe(JsonElement? fragment, RecipeState state) =>
        Read(fragment) is { } demo ? PolishPlural.Of(demo.Parties.Count * 2, "sprawa demonstracyjna", "sprawy demonstracyjne", "spraw demonstracyjnych") : null;

    public async Task<int> ApplyAsync(JsonElement? fragment, RecipeApplyContext context, CancellationToken ct)
    {
        if (Read(fragment) is not { } demo) return 0;
        var services = context.Services;
        var today = PolishTime.DateOf(services.GetRequiredService<TimeProvider>().GetUtcNow());
        var gmina = services.GetRequiredService<ICurrentTenant>().Tenant?.OfficeName ?? context.TenantSlug;
        var result = await services.GetRequiredService<CaseImporter>().ImportAsync(DemoCaseData.Build(gmina, demo, today), notify: false, ct);
        if (result.Rejected.Count > 0)
            throw new InvalidOperationException("Demo cases rejected: " + string.Join(" ", result.Rejected.Select(r => r.Reason)));
        return result.Added + result.Changed + await MessageAsync(services, today, ct);
    }

    /// <summary>The first party's question to the officer in their case in progress, once (when the party has an account).</summary>
    private static async Task<int> MessageAsync(IServiceProvider services, DateOnly today, CancellationToken ct)
    {
        var db = services.GetRequiredService<EboiDbContext>();
        var c = await db.Set<Case>().SingleAsync(x => x.ExternalId == DemoCaseData.OngoingId(0), ct);
        if (await db.Set<CaseMessage>().AnyAsync(m => m.CaseId == c.Id, ct)) return 0;
        var sender = await db.Set<CaseParty>().Where(p => p.CaseId == c.Id && p.UserId != null).Select(p => p.UserId).FirstOrDefaultAsync(ct);
        if (sender is not { } userId) return 0;
        const string text = "Dzień dobry, uzupełniłem wniosek o akt notarialny. Kiedy mogę spodziewać się decyzji?";
        var body = JsonSerializer.Serialize(new { subject = DemoMessageSubject, text, caseSign = c.Sign, caseTitle = c.Title });
        var itemId = await services.GetRequiredService<ICaseInbox>().AddAsync(new CaseInboxItem(CaseInboxKinds.Message, userId, DemoMessageSubject, body, [], c.Sign), ct);
        db.Add(new CaseMessage
        {
            Id = Guid.CreateVersion7(), TenantId = c.TenantId, CaseId = c.Id, SenderUserId = userId, Subject = DemoMessageSubject, Body = text,
            SentAt = new DateTimeOffset(today.AddDays(-5).ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero), InboxItemId = itemId,
        });
        await db.SaveChangesAsync(ct);
        return 1;
    }

    private static DemoCaseData.Demo? Read(JsonElement? fragment) =>
        fragment is { ValueKind: JsonValueKind.Object } f ? f.Deserialize<DemoCaseData.Demo>(JsonColumn.Options) : null;
}
