using System.Globalization;
using System.Text.Json;
using Eboi.Core.Data;
using Eboi.Core.Files;
using Eboi.Core.Recipes;
using Eboi.Core.Text;
using Eboi.FaultReports.Domain;
using Eboi.FaultReports.Reports;
using Eboi.FaultReports.Submission;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.FaultReports.Recipes;

/// <summary>
/// The demo section's "faultReports": a few dozen reports spread over the gmina's box, in every status, some with a
/// drawn photo, so `./eboi run` shows a living map. Keyed "demo-001"…, so applying again adds nothing; publishes no
/// events (nobody reported them, nobody should be mailed).
/// </summary>
internal sealed class FaultReportsDemoStep : IRecipeStep
{
    private static readonly (string Title, string Description)[] Samples =
    [
        ("Dziura w jezdni", "Głęboka dziura na prawym pasie, samochody gwałtownie hamują. Po deszczu jej nie widać."),
        ("Nie świeci latarnia", "Latarnia przy przejściu dla pieszych nie świeci od kilku dni; wieczorem jest zupełnie ciemno."),
        ("Przepełniony kosz na śmieci", "Kosz przy przystanku jest przepełniony, śmieci leżą na chodniku."),
        ("Dzikie wysypisko", "Ktoś wyrzucił w lesie przy drodze worki z odpadami budowlanymi i stare opony."),
        ("Uszkodzony znak drogowy", "Znak „ustąp pierwszeństwa” jest przewrócony i nie widać go z drogi."),
        ("Zapchana studzienka", "Studzienka kanalizacyjna jest zapchana liśćmi; przy każdym deszczu tworzy się rozlewisko."),
        ("Połamana ławka na placu zabaw", "Ławka ma złamaną deskę, wystają gwoździe – niebezpieczne dla dzieci."),
        ("Zwisająca gałąź nad chodnikiem", "Po wichurze gałąź zwisa nad chodnikiem na wysokości głowy."),
    ];

    public string Name => FaultReportsStep.StepName;
    public RecipeSection Section => RecipeSection.Demo;
    public int Order => 1100;
    public RecipeSchemaFragment Schema { get; } = RecipeSchemaFragment.FromResource(typeof(FaultReportsDemoStep), "faultreports-demo.schema.json");

    public void Validate(JsonElement? fragment, RecipeValidationContext context, List<RecipeError> errors)
    {
        if (Read(fragment) is not { } demo) return;
        if (context.Recipe.TryGetProperty(FaultReportsStep.StepName, out var main) is false || main.ValueKind != JsonValueKind.Object)
            errors.Add(new($"$.demo.{FaultReportsStep.StepName}", "Zgłoszenia demonstracyjne wymagają sekcji faultReports (mapa i kategorie)."));
        if (demo.Photos > demo.Count) errors.Add(new($"$.demo.{FaultReportsStep.StepName}.photos", "Zdjęć nie może być więcej niż zgłoszeń."));
    }

    public string? Describe(JsonElement? fragment, RecipeState state) =>
        Read(fragment) is { } demo ? PolishPlural.Of(demo.Count, "zgłoszenie demonstracyjne", "zgłoszenia demonstracyjne", "zgłoszeń demonstracyjnych") : null;

    public async Task<int> ApplyAsync(JsonElement? fragment, RecipeApplyContext context, CancellationToken ct)
    {
        if (Read(fragment) is not { } demo) return 0;
        var db = context.Services.GetRequiredService<EboiDbContext>();
        var store = context.Services.GetRequiredService<FaultReportStore>();
        var files = context.Services.GetRequiredService<IFileStore>();
        var now = context.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var map = await store.MapAsync(ct);
        var categories = await store.CategoriesAsync(activeOnly: true, ct);
        if (categories.Count == 0) return 0;
        var have = (await db.Set<FaultReport>().Where(r => r.DemoKey != null).Select(r => r.DemoKey!).ToListAsync(ct)).ToHashSet();
        var random = new Random(context.TenantSlug.GetHashCode(StringComparison.Ordinal) & 0x7fffffff);
        var changes = 0;
        for (var i = 1; i <= demo.Count; i++)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"demo-{i:D3}");
            // Draw the numbers even for existing reports, so the rest stay where they were.
            var lat = map.MinLat + random.NextDouble() * (map.MaxLat - map.MinLat);
            var lon = map.MinLon + random.NextDouble() * (map.MaxLon - map.MinLon);
            var ageDays = random.Next(1, 120);
            if (have.Contains(key)) continue;

            var sample = Samples[(i - 1) % Samples.Length];
            var status = FaultStatus.All[(i - 1) % FaultStatus.All.Count];
            var created = now.AddDays(-ageDays);
            var report = new FaultReport
            {
                Id = Guid.CreateVersion7(), TenantId = context.TenantId, DemoKey = key,
                Number = await store.NextNumberAsync(PolishTime.ToWarsaw(now).Year, ct),
                Title = sample.Title, Description = sample.Description,
                Address = string.Create(CultureInfo.InvariantCulture, $"{lat:F5}, {lon:F5}"),
                CategoryId = categories[(i - 1) % categories.Count].Id, Status = status,
                Moderation = status == FaultStatus.New ? ModerationState.Queued : status == FaultStatus.Rejected ? ModerationState.Rejected : ModerationState.Approved,
                IsPublic = status is not (FaultStatus.New or FaultStatus.Rejected),
                ReporterName = "Mieszkaniec (demo)", ReporterEmail = $"mieszkaniec@{context.TenantSlug}.eboi.localhost",
                Source = "demo", CreatedAt = created, ConfirmedAt = created, UpdatedAt = created,
            };
            report.Place(lat, lon);
            db.Add(report);
            db.Add(new FaultUpdate { Id = Guid.CreateVersion7(), TenantId = context.TenantId, ReportId = report.Id, Status = FaultStatus.New, CreatedAt = created });
            if (status != FaultStatus.New)
                db.Add(new FaultUpdate
                {
                    Id = Guid.CreateVersion7(), TenantId = context.TenantId, ReportId = report.Id, Status = status, CreatedAt = created.AddDays(1),
                    Note = status == FaultStatus.InProgress ? "Zgłoszenie przekazane ekipie; prace potrwają kilka dni." : null,
                });
            if (i <= demo.Photos)
            {
                var fileKey = FaultReportSubmitter.PhotoKey(report.Id, 1);
                using var content = new MemoryStream(DemoPhotos.Draw(i));
                await files.PutAsync(context.TenantId, fileKey, content, "image/jpeg", ct);
                db.Add(new FaultPhoto
                {
                    Id = Guid.CreateVersion7(), TenantId = context.TenantId, ReportId = report.Id, Position = 1, FileKey = fileKey,
                    Width = DemoPhotos.Width, Height = DemoPhotos.Height, CreatedAt = created,
                });
            }
            changes++;
        }
        return changes;
    }

    private static RecipeFaultDemo? Read(JsonElement? fragment) =>
        fragment is { ValueKind: JsonValueKind.Object } f ? f.Deserialize<RecipeFaultDemo>(JsonColumn.Options) : null;
}
