using Eboi.Content;

namespace Eboi.Catalog.Search;

/// <summary>How a result list was found: exact (all words, any inflection), with typo tolerance, or by any word.</summary>
internal enum SearchMatch
{
    None,
    AllWords,
    Similar,
    AnyWord,
}

internal sealed record SearchResult(string Query, SearchMatch Match, IReadOnlyList<ContentSearchHit> Hits);
