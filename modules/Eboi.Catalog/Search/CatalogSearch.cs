using Eboi.Catalog.Domain;
using Eboi.Content;

namespace Eboi.Catalog.Search;

/// <summary>
/// Searches the current tenant's published service cards: Polish full-text search first (inflection and text
/// without diacritics), then per-word typo tolerance with pg_trgm, then any word. The queries are Content's.
/// </summary>
internal sealed class CatalogSearch(ContentQueries content)
{
    private const int Limit = 50;
    private const string SummaryField = "summary";

    public async Task<SearchResult> SearchAsync(string query, CancellationToken ct = default)
    {
        var q = SearchQuery.Normalize(query);
        if (q.Length == 0) return new SearchResult(q, SearchMatch.None, []);

        var hits = await content.FullTextAsync(CatalogContentTypes.Service, q, SummaryField, Limit, ct);
        if (hits.Count > 0) return new SearchResult(q, SearchMatch.AllWords, hits);

        var words = SearchQuery.Words(q);
        if (words.Count == 0) return new SearchResult(q, SearchMatch.None, []);
        hits = await content.SimilarAsync(CatalogContentTypes.Service, words, SummaryField, Limit, ct);
        if (hits.Count > 0) return new SearchResult(q, SearchMatch.Similar, hits);

        // websearch_to_tsquery: "or" between words finds any of them.
        hits = await content.FullTextAsync(CatalogContentTypes.Service, string.Join(" or ", words), SummaryField, Limit, ct);
        return new SearchResult(q, hits.Count > 0 ? SearchMatch.AnyWord : SearchMatch.None, hits);
    }
}
