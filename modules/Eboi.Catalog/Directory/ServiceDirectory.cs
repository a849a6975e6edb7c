using Eboi.Catalog.Domain;
using Eboi.Content;
using Eboi.Core.Data;
using Eboi.Core.Web;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Catalog;

/// <summary>Keeps the host-level directory of services in step with each tenant's published service cards.</summary>
public sealed class ServiceDirectory(EboiDbContext db, ContentQueries content, IOutputCacheStore outputCache) : IContentEventHandler
{
    private const string OnlineField = "online";

    /// <summary>Rebuilds the current tenant's rows from its published cards (in the caller's transaction).</summary>
    public async Task RefreshAsync(Guid tenantId, CancellationToken ct = default)
    {
        var cards = await content.PublishedEntriesAsync(tenantId, CatalogContentTypes.Service, OnlineField, ct);
        await db.Database.ExecuteSqlAsync($"DELETE FROM service_directory WHERE tenant_id = {tenantId}", ct);
        if (cards.Count == 0) return;
        // One statement for all rows, whatever their number.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO service_directory (tenant_id, service_key, title, slug, online)
            SELECT {tenantId}, c.key, c.title, c.slug, c.online
            FROM unnest({cards.Select(c => c.Key).ToArray()}::text[], {cards.Select(c => c.Title).ToArray()}::text[],
                        {cards.Select(c => c.Slug).ToArray()}::text[], {cards.Select(c => c.Flag).ToArray()}::boolean[])
                 AS c (key, title, slug, online)
            """, ct);
    }

    /// <summary>Distinct services across all offices, labelled with the offices' own titles, with the number of offices offering each.</summary>
    public async Task<IReadOnlyList<(string Key, string Title, int Offices)>> ServicesAsync(CancellationToken ct = default)
    {
        var rows = await db.Set<ServiceDirectoryEntry>().AsNoTracking()
            .GroupBy(e => new { e.ServiceKey, e.Title })
            .Select(g => new { g.Key.ServiceKey, g.Key.Title, Offices = g.Count() })
            .ToListAsync(ct);
        var polish = StringComparer.Create(new("pl-PL"), true);
        return rows.GroupBy(r => r.ServiceKey)
            .Select(g => (Key: g.Key, Title: Label(g.Select(r => (r.Title, r.Offices)), polish), Offices: g.Sum(r => r.Offices)))
            .OrderBy(r => r.Title, polish).ToList();
    }

    // No office's title may stand for another's: a shared service shows the titles in use, the most used first.
    private static string Label(IEnumerable<(string Title, int Offices)> titles, StringComparer polish)
    {
        var ordered = titles.OrderByDescending(t => t.Offices).ThenBy(t => t.Title, polish).Select(t => t.Title).ToList();
        return ordered.Count <= MaxTitlesInLabel
            ? string.Join(" / ", ordered)
            : string.Join(" / ", ordered.Take(MaxTitlesInLabel)) + " / …";
    }

    private const int MaxTitlesInLabel = 3;

    /// <summary>The offices (tenants) that offer a service, with the slug of their card.</summary>
    public async Task<IReadOnlyList<ServiceDirectoryEntry>> OfficesForAsync(string serviceKey, CancellationToken ct = default) =>
        await db.Set<ServiceDirectoryEntry>().AsNoTracking().Where(e => e.ServiceKey == serviceKey).ToListAsync(ct);

    public async Task OnPublicationChangedAsync(Guid tenantId, string contentType, CancellationToken ct)
    {
        if (contentType != CatalogContentTypes.Service) return;
        await RefreshAsync(tenantId, ct);
        // The host portal's finder is cached too; without this it would show a withdrawn card for up to a minute.
        await outputCache.EvictByTagAsync(TenantCacheTags.HostDirectory, ct);
    }
}
