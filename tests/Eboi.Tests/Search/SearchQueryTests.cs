using Eboi.Catalog.Search;

namespace Eboi.Tests.Search;

public sealed class SearchQueryTests
{
    [Fact]
    public void Drops_stop_words_and_punctuation() =>
        Assert.Equal(["zaświadczenie", "zameldowaniu"], SearchQuery.Words("Zaświadczenie o zameldowaniu!"));

    [Fact]
    public void Stop_words_are_matched_without_diacritics() =>
        Assert.Equal(["wniosek", "dowód"], SearchQuery.Words("wniosek że na dowód"));

    [Fact]
    public void Limits_length_and_word_count()
    {
        Assert.Equal(SearchQuery.MaxLength, SearchQuery.Normalize(new string('a', 500)).Length);
        Assert.Equal(8, SearchQuery.Words(string.Join(" ", Enumerable.Range(0, 20).Select(i => $"slowo{i}"))).Count);
    }

    [Fact]
    public void Folds_polish_letters() => Assert.Equal("Zazolc gesla jazn", SearchQuery.Fold("Zażółć gęślą jaźń"));
}
