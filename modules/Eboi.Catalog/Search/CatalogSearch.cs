using Eboi.Catalog.Domain;
using Eboi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Catalog.Search;

/// <summary>
/// Searches the current tenant's published service cards: Polish full-text search first (inflection and text
/// without diacritics), then per-word typo tolerance with pg_trgm, then any word. All SQL is parameterised.
/// </summary>
public sealed class CatalogSearch(EboiDbContext db)
{
    private const int Limit = 50;

    public async Task<SearchResult> SearchAsync(string query, CancellationToken ct = default)
    {
        var q = SearchQuery.Normalize(query);
        var tenant = db.TenantId ?? throw new InvalidOperationException("Catalog search needs a tenant.");
        if (q.Length == 0) return new SearchResult(q, SearchMatch.None, []);

        var hits = await FullTextAsync(tenant, q, ct);
        if (hits.Count > 0) return new SearchResult(q, SearchMatch.AllWords, hits);

        var words = SearchQuery.Words(q);
        if (words.Count == 0) return new SearchResult(q, SearchMatch.None, []);
        hits = await SimilarAsync(tenant, words, ct);
        if (hits.Count > 0) return new SearchResult(q, SearchMatch.Similar, hits);

        hits = await FullTextAsync(tenant, string.Join(" or ", words), ct);
        return new SearchResult(q, hits.Count > 0 ? SearchMatch.AnyWord : SearchMatch.None, hits);
    }

    // websearch_to_tsquery: all words by default, "or" between words for any of them; inflection via eboi_pl.
    private Task<List<SearchHit>> FullTextAsync(Guid tenant, string q, CancellationToken ct) =>
        db.Database.SqlQuery<SearchHit>($"""
            SELECT v.title AS "Title", v.slug AS "Slug", v.category AS "Category", v.data->>'summary' AS "Summary",
                   ts_rank_cd(v.tsv, query)::float8 AS "Rank"
            FROM content_versions v, websearch_to_tsquery('public.eboi_pl', {q}) AS query
            WHERE v.tenant_id = {tenant} AND v.content_type = {CatalogContentTypes.Service} AND v.status = 'Published'
              AND v.tsv @@ query
            ORDER BY 5 DESC, v.title
            LIMIT {Limit}
            """).ToListAsync(ct);

    // Every word must either match as a Polish word form or be trigram-similar to a word of the title/keywords.
    private Task<List<SearchHit>> SimilarAsync(Guid tenant, IReadOnlyList<string> words, CancellationToken ct) =>
        db.Database.SqlQuery<SearchHit>($"""
            SELECT v.title AS "Title", v.slug AS "Slug", v.category AS "Category", v.data->>'summary' AS "Summary",
                   (SELECT sum(word_similarity(immutable_unaccent(lower(w)), immutable_unaccent(lower(v.title || ' ' || v.search_keywords))))
                    FROM unnest({words.ToArray()}::text[]) AS w)::float8 AS "Rank"
            FROM content_versions v
            WHERE v.tenant_id = {tenant} AND v.content_type = {CatalogContentTypes.Service} AND v.status = 'Published'
              AND (SELECT bool_and(v.tsv @@ plainto_tsquery('public.eboi_pl', w)
                                   OR immutable_unaccent(lower(w)) <% immutable_unaccent(lower(v.title || ' ' || v.search_keywords)))
                   FROM unnest({words.ToArray()}::text[]) AS w)
            ORDER BY 5 DESC, v.title
            LIMIT {Limit}
            """).ToListAsync(ct);
}
