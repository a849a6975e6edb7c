using System.Text.Json.Nodes;
using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Core.Events;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Content;

/// <summary>Reads and writes versioned content items of the current tenant: draft, publish, unpublish, history, restore.</summary>
public sealed class ContentService(EboiDbContext db, TimeProvider clock, IOutputCacheStore outputCache, IEnumerable<IContentEventHandler> handlers, AuditLog audit,
    IDomainEventPublisher events)
{
    /// <summary>The published version of an item of a type by slug, or null.</summary>
    public Task<ContentVersion?> GetPublishedAsync(string contentType, string slug, CancellationToken ct = default) =>
        db.Set<ContentVersion>().AsNoTracking()
            .FirstOrDefaultAsync(v => v.ContentType == contentType && v.Slug == slug && v.Status == ContentStatus.Published, ct);

    /// <summary>All published versions of a type, ordered for display.</summary>
    public async Task<IReadOnlyList<ContentVersion>> ListPublishedAsync(string contentType, CancellationToken ct = default) =>
        await db.Set<ContentVersion>().AsNoTracking()
            .Where(v => v.ContentType == contentType && v.Status == ContentStatus.Published)
            .OrderBy(v => v.SortOrder).ThenBy(v => v.Title).ToListAsync(ct);

    /// <summary>Items of the given types with their newest and published version numbers (staff panel list).</summary>
    public async Task<IReadOnlyList<ContentItemSummary>> ListItemsAsync(IReadOnlyCollection<string> contentTypes, CancellationToken ct = default)
    {
        // One query for the version headers (not their jsonb data); grouped per item here.
        var versions = await db.Set<ContentVersion>().AsNoTracking().Where(v => contentTypes.Contains(v.ContentType))
            .Select(v => new { v.ItemId, v.ContentType, v.Number, v.Status, v.Title, v.Slug, v.Category, v.SortOrder, v.CreatedAt, v.CreatedBy, v.PublishedAt })
            .ToListAsync(ct);
        return versions.GroupBy(v => v.ItemId).Select(g =>
        {
            var latest = g.MaxBy(v => v.Number)!;
            var published = g.FirstOrDefault(v => v.Status == ContentStatus.Published)?.Number;
            return new ContentItemSummary(g.Key, latest.ContentType, latest.Title, latest.Slug, latest.Number, published, latest.CreatedAt,
                latest.Category, latest.SortOrder, latest.CreatedBy, g.Any(v => v.PublishedAt is not null));
        }).OrderBy(s => s.ContentType).ThenBy(s => s.Title).ToList();
    }

    /// <summary>The newest version of an item (what the editor opens).</summary>
    public Task<ContentVersion?> LatestAsync(Guid itemId, CancellationToken ct = default) =>
        db.Set<ContentVersion>().AsNoTracking().Where(v => v.ItemId == itemId).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);

    public Task<ContentItem?> GetItemAsync(Guid itemId, CancellationToken ct = default) =>
        db.Set<ContentItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, ct);

    public Task<ContentItem?> FindItemAsync(string contentType, string key, CancellationToken ct = default) =>
        db.Set<ContentItem>().FirstOrDefaultAsync(i => i.ContentType == contentType && i.Key == key, ct);

    /// <summary>Versions of an item, newest first.</summary>
    public async Task<IReadOnlyList<ContentVersion>> HistoryAsync(Guid itemId, CancellationToken ct = default) =>
        await db.Set<ContentVersion>().AsNoTracking().Where(v => v.ItemId == itemId).OrderByDescending(v => v.Number).ToListAsync(ct);

    /// <summary>Saves a new draft version of an item (creating the item when the key is new).</summary>
    public async Task<ContentVersion> SaveDraftAsync(string contentType, string key, ContentDraft draft, string? author, CancellationToken ct = default)
    {
        var item = await FindItemAsync(contentType, key, ct) ?? NewItem(contentType, key);
        var version = await NewVersionAsync(item, draft, author, ct);
        await db.SaveChangesAsync(ct);
        return version;
    }

    /// <summary>Publishes one version; the previously published one is archived. The tenant's cached pages are evicted.</summary>
    public async Task PublishAsync(Guid itemId, int number, CancellationToken ct = default)
    {
        var versions = await db.Set<ContentVersion>().Where(v => v.ItemId == itemId).ToListAsync(ct);
        var target = versions.SingleOrDefault(v => v.Number == number)
            ?? throw new InvalidOperationException($"Version {number} of item {itemId} does not exist.");
        foreach (var v in versions.Where(v => v.Status == ContentStatus.Published && v != target)) v.Status = ContentStatus.Archived;
        await db.SaveChangesAsync(ct);   // archive first: one published version per item is a unique index
        target.Status = ContentStatus.Published;
        target.PublishedAt = clock.GetUtcNow();
        audit.Add(ContentAuditEvents.Published, $"{target.ContentType}: {target.Title}", $"wersja {target.Number}");
        events.Publish(new ContentPublished(target.ItemId, target.ContentType, target.Title, target.Slug, target.Number));
        await db.SaveChangesAsync(ct);
        await ChangedAsync(target.TenantId, target.ContentType, ct);
    }

    /// <summary>Takes an item off the public site; its versions stay in the history.</summary>
    public async Task UnpublishAsync(Guid itemId, CancellationToken ct = default)
    {
        var published = await db.Set<ContentVersion>().Where(v => v.ItemId == itemId && v.Status == ContentStatus.Published).ToListAsync(ct);
        foreach (var v in published)
        {
            v.Status = ContentStatus.Archived;
            audit.Add(ContentAuditEvents.Unpublished, $"{v.ContentType}: {v.Title}", $"wersja {v.Number}");
        }
        await db.SaveChangesAsync(ct);
        foreach (var v in published) await ChangedAsync(v.TenantId, v.ContentType, ct);
    }

    /// <summary>Copies an old version into a new draft (restore), leaving the published one untouched.</summary>
    public async Task<ContentVersion> RestoreAsync(Guid itemId, int number, string? author, CancellationToken ct = default)
    {
        var item = await db.Set<ContentItem>().SingleAsync(i => i.Id == itemId, ct);
        var old = await db.Set<ContentVersion>().AsNoTracking().SingleAsync(v => v.ItemId == itemId && v.Number == number, ct);
        var draft = new ContentDraft(old.Title, old.Slug, JsonNode.Parse(old.Data)!.AsObject(), old.Category, old.SortOrder, old.SearchKeywords, old.SearchText);
        var version = await NewVersionAsync(item, draft, author, ct);
        await db.SaveChangesAsync(ct);
        return version;
    }

    /// <summary>
    /// Recipe path: makes the draft the published version unless the published one already has the same
    /// content, so applying a recipe twice changes nothing. Returns true when something was written.
    /// Does not save: the recipe applies everything in one transaction.
    /// </summary>
    public async Task<bool> StagePublishedAsync(Guid tenantId, string contentType, string key, ContentDraft draft, string author, CancellationToken ct = default)
    {
        var item = await db.Set<ContentItem>().Include(i => i.Versions).FirstOrDefaultAsync(i => i.ContentType == contentType && i.Key == key, ct);
        if (item is not null)
        {
            var published = item.Versions.FirstOrDefault(v => v.Status == ContentStatus.Published);
            if (published is not null && SameContent(published, draft)) return false;
            foreach (var v in item.Versions.Where(v => v.Status == ContentStatus.Published)) v.Status = ContentStatus.Archived;
            await db.SaveChangesAsync(ct);
        }
        item ??= NewItem(contentType, key, tenantId);
        var version = await NewVersionAsync(item, draft, author, ct);
        version.Status = ContentStatus.Published;
        version.PublishedAt = version.CreatedAt;
        return true;
    }

    private static bool SameContent(ContentVersion v, ContentDraft d) =>
        v.Title == d.Title && v.Slug == d.Slug && v.Category == d.Category && v.SortOrder == d.SortOrder
        && v.SearchKeywords == d.SearchKeywords && v.SearchText == d.SearchText
        && JsonNode.DeepEquals(JsonNode.Parse(v.Data), d.Data);

    private ContentItem NewItem(string contentType, string key, Guid? tenantId = null)
    {
        var item = new ContentItem
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId ?? db.TenantId ?? throw new InvalidOperationException("No tenant for new content."),
            ContentType = contentType,
            Key = key,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Add(item);
        return item;
    }

    private async Task<ContentVersion> NewVersionAsync(ContentItem item, ContentDraft draft, string? author, CancellationToken ct)
    {
        var last = db.Entry(item).State == EntityState.Added ? 0
            : await db.Set<ContentVersion>().Where(v => v.ItemId == item.Id).MaxAsync(v => (int?)v.Number, ct) ?? 0;
        var version = new ContentVersion
        {
            Id = Guid.CreateVersion7(),
            TenantId = item.TenantId,
            ItemId = item.Id,
            ContentType = item.ContentType,
            Number = last + 1,
            Status = ContentStatus.Draft,
            Title = draft.Title,
            Slug = draft.Slug,
            Category = draft.Category,
            SortOrder = draft.SortOrder,
            Data = draft.Data.ToJsonString(),
            SearchKeywords = draft.SearchKeywords,
            SearchText = draft.SearchText,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = author,
        };
        db.Add(version);
        return version;
    }

    /// <summary>Tells the handlers (e.g. the service directory) and evicts the tenant's cached pages.</summary>
    public async Task ChangedAsync(Guid tenantId, string contentType, CancellationToken ct)
    {
        foreach (var handler in handlers) await handler.OnPublicationChangedAsync(tenantId, contentType, ct);
        await outputCache.EvictByTagAsync(Eboi.Core.Web.TenantCacheTags.ForTenant(tenantId), ct);
    }
}
