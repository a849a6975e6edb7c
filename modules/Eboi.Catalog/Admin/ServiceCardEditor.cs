using System.Text.Json.Nodes;
using Eboi.Catalog.Domain;
using Eboi.Catalog.Listing;
using Eboi.Content;
using Eboi.Core.Audit;

namespace Eboi.Catalog.Admin;

/// <summary>
/// The staff side of service cards on top of ContentService: validate and save a draft (address unique in the
/// tenant, generated from the title when empty), publish with an address check, unpublish, restore. Saving and
/// restoring are audited here; ContentService audits publishing and unpublishing itself.
/// </summary>
internal sealed class ServiceCardEditor(ContentService content, CatalogReader reader, AuditLog audit)
{
    public sealed record SaveResult(ContentVersion? Saved, IReadOnlyList<(string Field, string Message)> Errors);

    public Task<IReadOnlyList<ContentItemSummary>> CardsAsync(CancellationToken ct) => content.ListItemsAsync([CatalogContentTypes.Service], ct);

    public Task<IReadOnlyList<ServiceCategory>> CategoriesAsync(CancellationToken ct) => reader.CategoriesAsync(ct);

    /// <summary>The newest version of a service card of this tenant, or null (unknown id or another content type).</summary>
    public async Task<ContentVersion?> LatestAsync(Guid itemId, CancellationToken ct) =>
        await content.LatestAsync(itemId, ct) is { ContentType: CatalogContentTypes.Service } latest ? latest : null;

    public Task<IReadOnlyList<ContentVersion>> HistoryAsync(Guid itemId, CancellationToken ct) => content.HistoryAsync(itemId, ct);

    /// <summary>Validates and saves the form as a new draft version (a new card when latest is null).</summary>
    public async Task<SaveResult> SaveAsync(ContentVersion? latest, ServiceCardForm form, string? author, CancellationToken ct)
    {
        var categories = await reader.CategoriesAsync(ct);
        // A card may sit in a category that is no longer published; keeping it there is not an error.
        var allowed = categories.Select(c => c.Key).Append(latest?.Category).OfType<string>().ToHashSet();
        var errors = ServiceCardRules.Check(form, allowed).ToList();
        if (latest is not null && form.BaseVersion != latest.Number)
        {
            errors.Add(("", $"Od otwarcia formularza zapisano nowszą wersję karty (nr {latest.Number}, {latest.CreatedBy ?? "nieznany autor"}). "
                + "Sprawdź ją w historii wersji. Jeśli zapiszesz formularz ponownie, Twoja treść stanie się najnowszą wersją."));
            form.BaseVersion = latest.Number;
        }

        var cards = await content.ListItemsAsync([CatalogContentTypes.Service], ct);
        var others = cards.Where(c => c.ItemId != latest?.ItemId).ToList();
        var typed = ServiceCardForm.Clean(form.Slug);
        var slug = typed;
        if (errors.All(e => e.Field != nameof(form.Slug)))
        {
            if (typed.Length > 0)
            {
                if (await OwnerOfSlugAsync(typed, latest?.ItemId, others, ct) is { } owner)
                    errors.Add((nameof(form.Slug), $"Adres „{typed}” ma już karta „{owner}”. Wpisz inny adres."));
            }
            else if (ServiceSlug.FromTitle(ServiceCardForm.Clean(form.Title)) is { Length: > 0 } generated)
            {
                slug = generated;
                for (var i = 2; await OwnerOfSlugAsync(slug, latest?.ItemId, others, ct) is not null; i++) slug = ServiceSlug.WithSuffix(generated, i);
            }
        }
        if (errors.Count > 0) return new SaveResult(null, errors);

        string key;
        if (latest is null)
        {
            key = slug;
            for (var i = 2; await content.FindItemAsync(CatalogContentTypes.Service, key, ct) is not null; i++) key = ServiceSlug.WithSuffix(slug, i);
        }
        else key = (await content.GetItemAsync(latest.ItemId, ct))!.Key;

        var previous = latest is null ? null : JsonNode.Parse(latest.Data) as JsonObject;
        var order = latest?.SortOrder ?? (cards.Count == 0 ? 0 : cards.Max(c => c.SortOrder) + 1);
        var draft = ServiceCardDraft.From(form.ToCard(key, slug, previous), order, categories.ToDictionary(c => c.Key, c => c.Title));
        // Staged before SaveDraftAsync so the entry is written in the same SaveChanges as the version.
        audit.Add(ContentAuditEvents.DraftSaved, Subject(draft.Title), $"wersja {(latest?.Number ?? 0) + 1}");
        var saved = await content.SaveDraftAsync(CatalogContentTypes.Service, key, draft, author, ct);
        return new SaveResult(saved, []);
    }

    /// <summary>Publishes a version; returns a Polish reason when its address is already public on another card.</summary>
    public async Task<string?> PublishAsync(Guid itemId, int number, CancellationToken ct)
    {
        var history = await content.HistoryAsync(itemId, ct);
        if (history.FirstOrDefault(v => v.Number == number) is not { } version) return $"Karta nie ma wersji nr {number}.";
        if (await content.GetPublishedAsync(CatalogContentTypes.Service, version.Slug, ct) is { } other && other.ItemId != itemId)
            return $"Nie można opublikować: adres „{version.Slug}” ma już opublikowana karta „{other.Title}”. Zmień adres tej karty i zapisz nową wersję.";
        await content.PublishAsync(itemId, number, ct);
        return null;
    }

    public Task UnpublishAsync(Guid itemId, CancellationToken ct) => content.UnpublishAsync(itemId, ct);

    /// <summary>Copies an old version into a new draft (the public version is untouched until it is published).</summary>
    public async Task<ContentVersion> RestoreAsync(ContentVersion latest, int number, string? author, CancellationToken ct)
    {
        audit.Add(ContentAuditEvents.VersionRestored, Subject(latest.Title), $"wersja {number} jako wersja {latest.Number + 1}");
        return await content.RestoreAsync(latest.ItemId, number, author, ct);
    }

    private static string Subject(string title) => $"{CatalogContentTypes.Service}: {title}";

    /// <summary>The title of another card using the address (its newest or its public version), or null when free.</summary>
    private async Task<string?> OwnerOfSlugAsync(string slug, Guid? itemId, IReadOnlyList<ContentItemSummary> others, CancellationToken ct)
    {
        if (others.FirstOrDefault(o => o.Slug == slug) is { } draftOwner) return draftOwner.Title;
        return await content.GetPublishedAsync(CatalogContentTypes.Service, slug, ct) is { } published && published.ItemId != itemId ? published.Title : null;
    }
}
