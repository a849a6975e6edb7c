using System.Text.Json;
using Eboi.Announcements.Domain;
using Eboi.Core.Data;
using Eboi.Core.Recipes;
using Eboi.Core.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Announcements.Recipes;

/// <summary>
/// The recipe's "announcements": standing notices a gmina ships with its portal, matched by key, so applying the
/// recipe again changes nothing (or brings a changed text up to date). Publishes no event: nobody added them by hand.
/// </summary>
internal sealed class AnnouncementsStep : IRecipeStep
{
    private const string Author = "przepis";

    public string Name => "announcements";
    public int Order => 600;
    public RecipeSchemaFragment Schema { get; } = RecipeSchemaFragment.FromResource(typeof(AnnouncementsStep), "announcements.schema.json");

    public void Validate(JsonElement? fragment, RecipeValidationContext context, List<RecipeError> errors)
    {
        var items = Read(fragment);
        if (items.Count > 0 && !context.Modules.Contains(AnnouncementsModule.ModuleName))
            errors.Add(new("$.modules", $"Przepis zawiera ogłoszenia, ale nie włącza modułu {AnnouncementsModule.ModuleName}."));
        for (var i = 0; i < items.Count; i++)
        {
            var a = items[i];
            if (items.FindIndex(x => x.Key == a.Key) != i) errors.Add(new($"$.announcements[{i}].key", $"Ogłoszenie „{a.Key}” powtarza się."));
            if (a.Body.Trim().Length > AnnouncementRules.BodyMax)
                errors.Add(new($"$.announcements[{i}].body", $"Treść może mieć najwyżej {AnnouncementRules.BodyMax} znaków."));
            if (AnnouncementRules.ParseDate(a.VisibleFrom) is { } from && AnnouncementRules.ParseDate(a.VisibleUntil) is { } until && until < from)
                errors.Add(new($"$.announcements[{i}].visibleUntil", "Data końca nie może być wcześniejsza niż data początku."));
        }
    }

    public string? Describe(JsonElement? fragment, RecipeState state) => Read(fragment) is { Count: > 0 } items ? PolishPlural.Of(items.Count, "ogłoszenie", "ogłoszenia", "ogłoszeń") : null;

    public async Task<int> ApplyAsync(JsonElement? fragment, RecipeApplyContext context, CancellationToken ct)
    {
        var items = Read(fragment);
        if (items.Count == 0) return 0;
        var db = context.Services.GetRequiredService<EboiDbContext>();
        var now = context.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var today = DateOnly.FromDateTime(PolishTime.ToWarsaw(now).DateTime);
        var keys = items.Select(i => i.Key).ToList();
        var existing = await db.Set<Announcement>().Where(a => a.Key != null && keys.Contains(a.Key)).ToDictionaryAsync(a => a.Key!, ct);
        var changes = 0;
        foreach (var item in items)
        {
            var until = AnnouncementRules.ParseDate(item.VisibleUntil);
            if (!existing.TryGetValue(item.Key, out var row))
            {
                db.Add(new Announcement
                {
                    Id = Guid.CreateVersion7(), TenantId = context.TenantId, Key = item.Key, Title = item.Title.Trim(), Body = item.Body.Trim(),
                    VisibleFrom = AnnouncementRules.ParseDate(item.VisibleFrom) ?? today, VisibleUntil = until,
                    CreatedAt = now, UpdatedAt = now, UpdatedBy = Author,
                });
                changes++;
                continue;
            }
            // An entry without a start keeps the day it first appeared; one with dates follows the recipe.
            var from = AnnouncementRules.ParseDate(item.VisibleFrom) ?? row.VisibleFrom;
            if (row.Title == item.Title.Trim() && row.Body == item.Body.Trim() && row.VisibleFrom == from && row.VisibleUntil == until) continue;
            (row.Title, row.Body, row.VisibleFrom, row.VisibleUntil, row.UpdatedAt, row.UpdatedBy) = (item.Title.Trim(), item.Body.Trim(), from, until, now, Author);
            changes++;
        }
        return changes;
    }

    private static List<RecipeAnnouncement> Read(JsonElement? fragment) =>
        fragment?.Deserialize<List<RecipeAnnouncement>>(JsonColumn.Options) ?? [];
}
