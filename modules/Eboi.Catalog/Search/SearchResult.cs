namespace Eboi.Catalog.Search;

/// <summary>How a result list was found: exact (all words, any inflection), with typo tolerance, or by any word.</summary>
public enum SearchMatch
{
    None,
    AllWords,
    Similar,
    AnyWord,
}

public sealed record SearchHit(string Title, string Slug, string? Category, string? Summary, double Rank);

public sealed record SearchResult(string Query, SearchMatch Match, IReadOnlyList<SearchHit> Hits);
