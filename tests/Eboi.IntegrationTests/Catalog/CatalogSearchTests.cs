using Eboi.IntegrationTests.Infrastructure;
using Xunit.Abstractions;
using Eboi.Catalog;

namespace Eboi.IntegrationTests.Catalog;

/// <summary>
/// Search quality on the real catalog: inflected Polish, text typed without diacritics, typos. The hit rate over
/// the query list is printed (and kept above a floor so a regression fails).
/// </summary>
[Collection(SeededCollection.Name)]
public sealed class CatalogSearchTests(SeededApp app, ITestOutputHelper output)
{
    // (query as a citizen types it, a word the expected service's title contains)
    public static readonly (string Query, string Expected)[] Queries =
    [
        ("dowodu osobistego", "dowod"),
        ("dowód osobisty", "dowod"),
        ("zaswiadczenia o zameldowaniu", "zameldowaniu"),
        ("zaświadczenie o zameldowaniu", "zameldowaniu"),
        ("zameldowanie na pobyt stały", "pobyt stal"),
        ("zameldowac sie", "zameldowanie"),
        ("wymeldowanie", "wymeldowanie"),
        ("meldunek czasowy", "czasow"),
        ("akt urodzenia", "akt"),
        ("odpis aktu malzenstwa", "odpis"),
        ("slub", "małżeńst"),
        ("zgon", "zgon"),
        ("podatek od nieruchomosci", "nieruchomo"),
        ("podatku rolnego", "roln"),
        ("podatek lesny", "leśn"),
        ("śmieci", "odpad"),
        ("deklaracja odpady", "odpad"),
        ("szambo", "bezodpływ"),
        ("działalność gospodarcza", "ceidg"),
        ("zalozenie firmy", "ceidg"),
        ("alkohol", "alkohol"),
        ("wycinka drzew", "drzew"),
        ("warunki zabudowy", "zabudowy"),
        ("plan miejscowy", "plan"),
        ("numer porzadkowy", "porządkow"),
        ("becikowe", "dziecka"),
        ("dodatek mieszkaniowy", "mieszkaniow"),
        ("karta duzej rodziny", "dużej rodziny"),
        ("informacja publiczna", "informacji publicznej"),
        ("petycja", "petycj"),
        ("powiazanie konta", "powiązanie konta"),
        ("niezaleganie w podatkach", "zaleg"),
        // how people ask
        ("wymiana dowodu", "dowod"),
        ("zgubiłem dowód", "utraty"),
        ("jak zameldować dziecko", "urodzenia"),
        ("opłata za psa", "psów"),
        ("pozwolenie na wycinkę drzewa", "drzew"),
        ("podatek za ciężarówkę", "transportowych"),
        ("azbest", "azbest"),
        ("zastrzeżenie numeru PESEL", "pesel"),
        ("stypendium dla ucznia", "stypendium"),
        ("skarga na urzędnika", "skarga"),
        ("wjazd na działkę", "zjazdu"),
        ("rozłożenie podatku na raty", "raty"),
        // typos
        ("zaswiadczenie o zamledowaniu", "zameldowaniu"),
        ("becikwe", "dziecka"),
        ("dowod osobsity", "dowod"),
        ("zameldownie", "zameldowanie"),
        ("podatek od nieruchomsci", "nieruchomo"),
        ("wycinka drzw", "drzew"),
    ];

    [Fact]
    public async Task Search_finds_services_by_inflected_unaccented_and_mistyped_words()
    {
        var client = app.Client();
        var hits = 0;
        var report = new List<string>();
        foreach (var (query, expected) in Queries)
        {
            var (_, doc) = await Html.GetAsync(client, $"/siedlec{CatalogPaths.List}?q=" + Uri.EscapeDataString(query));
            var titles = doc.QuerySelectorAll(".service-list li > a").Select(a => a.TextContent).Take(5).ToList();
            var found = titles.Any(t => Fold(t).Contains(Fold(expected), StringComparison.OrdinalIgnoreCase));
            if (found) hits++;
            report.Add($"{(found ? "HIT " : "MISS")} {query,-35} -> {string.Join(" | ", titles.Take(3))}");
        }
        var rate = (double)hits / Queries.Length;
        report.Insert(0, $"search hit rate: {hits}/{Queries.Length} = {rate:P1} (top 5 results, /siedlec catalog)");
        foreach (var line in report) output.WriteLine(line);
        TestReports.Write("search-hit-rate", report);
        Assert.True(Queries.Length >= 30);
        Assert.True(rate >= 0.9, $"hit rate {rate:P0}");
    }

    [Theory]
    [InlineData("dowodu osobistego")]
    [InlineData("zaswiadczenia o zameldowaniu")]
    public async Task Named_issue_queries_find_the_service_first(string query)
    {
        var (_, doc) = await Html.GetAsync(app.Client(), $"/kozy{CatalogPaths.List}?q=" + Uri.EscapeDataString(query));
        var first = doc.QuerySelector(".service-list li > a")?.TextContent ?? "";
        Assert.Contains(query.Split(' ')[0][..6], Fold(first), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Nonsense_query_says_nothing_was_found_in_polish()
    {
        var (_, doc) = await Html.GetAsync(app.Client(), $"/siedlec{CatalogPaths.List}?q=qqqxxzz");
        Assert.Contains("Nie znaleziono spraw", doc.QuerySelector("[role=status]")!.TextContent);
    }

    private static string Fold(string s) => Eboi.Catalog.Search.SearchQuery.Fold(s.ToLowerInvariant());
}
