using Eboi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Content;

/// <summary>
/// Read-only queries over published content for other modules, so they never name Content's tables.
/// Search uses the Polish text-search configuration (eboi_pl) and pg_trgm; all SQL is parameterised.
/// </summary>
public sealed class ContentQueries(EboiDbContext db)
{
    /// <summary>
    /// Polish full-text search over the current tenant's published items of a type (websearch syntax: all words by
    /// default, "or" between words for any of them), best rank first, then by title.
    /// </summary>
    public async Task<IReadOnlyList<ContentSearchHit>> FullTextAsync(string contentType, string query, string summaryField, int limit,
        CancellationToken ct = default)
    {
        var tenant = RequireTenant();
        return await db.Database.SqlQuery<ContentSearchHit>($"""
            SELECT v.title AS "Title", v.slug AS "Slug", v.category AS "Category", v.data->>{summaryField} AS "Summary",
                   ts_rank_cd(v.tsv, query)::float8 AS "Rank"
            FROM content_versions v, websearch_to_tsquery('public.eboi_pl', {query}) AS query
            WHERE v.tenant_id = {tenant} AND v.content_type = {contentType} AND v.status = 'Published'
              AND v.tsv @@ query
            ORDER BY 5 DESC, v.title
            LIMIT {limit}
            """).ToListAsync(ct);
    }

    /// <summary>
    /// Typo-tolerant search: every word must match as a Polish word form or be trigram-similar to a word of the
    /// title or keywords; ranked by the summed word similarity, then by title.
    /// </summary>
    public async Task<IReadOnlyList<ContentSearchHit>> SimilarAsync(string contentType, IReadOnlyList<string> words, string summaryField,
        int limit, CancellationToken ct = default)
    {
        var tenant = RequireTenant();
        var list = words.ToArray();
        return await db.Database.SqlQuery<ContentSearchHit>($"""
            SELECT v.title AS "Title", v.slug AS "Slug", v.category AS "Category", v.data->>{summaryField} AS "Summary",
                   (SELECT sum(word_similarity(immutable_unaccent(lower(w)), immutable_unaccent(lower(v.title || ' ' || v.search_keywords))))
                    FROM unnest({list}::text[]) AS w)::float8 AS "Rank"
            FROM content_versions v
            WHERE v.tenant_id = {tenant} AND v.content_type = {contentType} AND v.status = 'Published'
              AND (SELECT bool_and(v.tsv @@ plainto_tsquery('public.eboi_pl', w)
                                   OR immutable_unaccent(lower(w)) <% immutable_unaccent(lower(v.title || ' ' || v.search_keywords)))
                   FROM unnest({list}::text[]) AS w)
            ORDER BY 5 DESC, v.title
            LIMIT {limit}
            """).ToListAsync(ct);
    }

    /// <summary>Stable key, title, slug and one boolean field of each published item of a type of a tenant (one query).</summary>
    public async Task<IReadOnlyList<PublishedEntry>> PublishedEntriesAsync(Guid tenantId, string contentType, string flagField,
        CancellationToken ct = default) =>
        await db.Database.SqlQuery<PublishedEntry>($"""
            SELECT i.key AS "Key", v.title AS "Title", v.slug AS "Slug", coalesce((v.data->>{flagField})::boolean, false) AS "Flag"
            FROM content_versions v JOIN content_items i ON i.id = v.item_id
            WHERE v.tenant_id = {tenantId} AND v.content_type = {contentType} AND v.status = 'Published'
            """).ToListAsync(ct);

    private Guid RequireTenant() => db.TenantId ?? throw new InvalidOperationException("Content search needs a tenant.");
}
