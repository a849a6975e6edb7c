using System.Net;
using System.Text.RegularExpressions;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Catalog;
using Eboi.Content;

namespace Eboi.IntegrationTests.Pages;

/// <summary>The public pages of every gmina answer, in Polish, with the gmina's own data and theme.</summary>
[Collection(SeededCollection.Name)]
public sealed class TenantPagesTests(SeededApp app)
{
    public static TheoryData<string, string> Gminy() => new()
    {
        { "siedlec", "Urząd Gminy Siedlec" },
        { "pokrzywnica", "Urząd Gminy Pokrzywnica" },
        { "kozy", "Urząd Gminy Kozy" },
        { "pulawy", "Urząd Gminy Puławy" },
    };

    [Theory]
    [MemberData(nameof(Gminy))]
    public async Task Home_catalog_detail_and_pages_answer_with_the_gminas_data(string slug, string office)
    {
        var client = app.Client();
        foreach (var path in new[] { "/", CatalogPaths.List, "/pomoc", ContentPaths.Regulamin, ContentPaths.Contact, ContentPaths.Accessibility, "/polityka-prywatnosci" })
        {
            var (response, doc) = await Html.GetAsync(client, $"/{slug}{path}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{slug}{path}: {response.StatusCode}");
            Assert.Equal("pl", doc.DocumentElement.GetAttribute("lang"));
            Assert.Contains(office, doc.Title);
            Assert.NotNull(doc.QuerySelector("a.skip-link[href='#tresc']"));
            Assert.NotNull(doc.QuerySelector("main#tresc"));
            Assert.Single(doc.QuerySelectorAll("h1"));
            Assert.Contains($"theme-{slug}", doc.Body!.ClassName);
            Assert.NotNull(doc.QuerySelector("#cookie-notice"));
            Assert.NotNull(doc.QuerySelector($"footer a[href='/{slug}/deklaracja-dostepnosci']"));
        }

        var (_, catalog) = await Html.GetAsync(client, $"/{slug}{CatalogPaths.List}");
        var services = catalog.QuerySelectorAll($".service-list a[href^='/{slug}/katalog-spraw/']").ToList();
        Assert.True(services.Count >= 25, $"{slug}: {services.Count} services listed");
        Assert.True(catalog.QuerySelectorAll(".category-index .tile").Length >= 10);

        var (detailResponse, detail) = await Html.GetAsync(client, services[0].GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, detailResponse.StatusCode);
        foreach (var heading in new[] { "Czego dotyczy sprawa", "Wymagane dokumenty", "Opłaty", "Termin załatwienia", "Gdzie załatwić sprawę", "Tryb odwoławczy", "Podstawa prawna" })
            Assert.Contains(detail.QuerySelectorAll("h2"), h => h.TextContent == heading);
    }

    [Theory]
    [MemberData(nameof(Gminy))]
    public async Task Category_filter_lists_only_that_category(string slug, string office)
    {
        var (_, doc) = await Html.GetAsync(app.Client(), $"/{slug}{CatalogPaths.List}?kategoria=meldunki");
        Assert.Contains(office, doc.Title);
        Assert.Single(doc.QuerySelectorAll("main section h2"));
        Assert.Contains("zameld", doc.QuerySelector(".service-list")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client().GetAsync($"/{slug}{CatalogPaths.List}?kategoria=nie-ma")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Gminy))]
    public async Task Accessibility_statement_has_every_required_element_once(string slug, string office)
    {
        var (_, doc) = await Html.GetAsync(app.Client(), $"/{slug}{ContentPaths.Accessibility}");
        Assert.Equal("Deklaracja dostępności", doc.QuerySelector("h1#a11y-deklaracja")!.TextContent);
        foreach (var id in new[] { "a11y-wstep", "a11y-podmiot", "a11y-zakres", "a11y-url", "a11y-data-publikacja", "a11y-data-aktualizacja",
                     "a11y-status", "a11y-data-sporzadzenie", "a11y-kontakt", "a11y-osoba", "a11y-email", "a11y-telefon", "a11y-procedura",
                     "a11y-architektura", "a11y-komunikacja", "a11y-aplikacje" })
            Assert.Single(doc.QuerySelectorAll($"#{id}"));
        Assert.Equal(office, doc.QuerySelector("#a11y-podmiot")!.TextContent);
        foreach (var time in doc.QuerySelectorAll("time[datetime]"))
            Assert.Matches(new Regex(@"^\d{4}-\d{2}-\d{2}$"), time.GetAttribute("datetime")!);
        Assert.NotNull(doc.QuerySelector("a[href='https://rpo.gov.pl/']"));
        Assert.True(doc.QuerySelectorAll("h2").Length >= 3);
    }

    [Fact]
    public async Task Contact_pages_show_the_real_office_data_of_the_seeds()
    {
        var client = app.Client();
        Assert.Contains("ul. Zbąszyńska 17", await client.GetStringAsync($"/siedlec{ContentPaths.Contact}"));
        var pokrzywnica = await client.GetStringAsync($"/pokrzywnica{ContentPaths.Contact}");
        Assert.Contains("Aleja Jana Pawła II 1", pokrzywnica);
        Assert.Contains("ug@pokrzywnica.pl", pokrzywnica);
        Assert.Contains("23 691 87 21", pokrzywnica);
        var kozy = await client.GetStringAsync($"/kozy{ContentPaths.Contact}");
        Assert.Contains("ul. Krakowska 4", kozy);
        Assert.Contains("33 829 86 50", kozy);
        Assert.Contains("ul. Dęblińska 4", await client.GetStringAsync($"/pulawy{ContentPaths.Contact}"));
    }

    [Fact]
    public async Task Pokrzywnica_regulamin_is_shown_with_its_effective_date()
    {
        var (_, doc) = await Html.GetAsync(app.Client(), $"/pokrzywnica{ContentPaths.Regulamin}");
        Assert.Contains("REGULAMIN ELEKTRONICZNEGO BIURA OBSŁUGI INTERESANTA GMINY POKRZYWNICA", doc.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("2018-05-25", doc.QuerySelector(".meta time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task Markdown_content_cannot_inject_html()
    {
        // Raw HTML is disabled in the Markdown pipeline: a <script> in content is shown as text.
        var html = Eboi.Core.Text.MarkdownRenderer.ToHtml("Tekst <script>alert(1)</script> **pogrubiony**").Value!;
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("<strong>pogrubiony</strong>", html);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Anonymous_pages_are_served_from_the_output_cache_and_personal_headers_are_safe()
    {
        var client = app.Client();
        var first = await client.GetAsync($"/kozy{CatalogPaths.List}");
        var second = await client.GetAsync($"/kozy{CatalogPaths.List}");
        Assert.True(second.Headers.Age is not null, "second response should come from the output cache");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal("nosniff", first.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", first.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory]
    [InlineData("siedlec", "Siedlec", "siedlec")]
    [InlineData("pokrzywnica", "Pokrzywnica", "pokrzywnica")]
    [InlineData("kozy", "Kozy", "kozy")]
    [InlineData("pulawy", "Pulawy", "pulawy")]
    public async Task Each_gmina_is_rendered_with_its_own_theme(string slug, string theme, string css)
    {
        var client = app.Client();
        var (_, doc) = await Html.GetAsync(client, $"/{slug}/");
        var href = $"/_content/Eboi.Themes.{theme}/css/{css}.css";
        Assert.NotNull(doc.QuerySelector($"link[rel=stylesheet][href='{href}']"));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(href)).StatusCode);
        Assert.Single(doc.QuerySelectorAll("svg.coat-of-arms"));
    }

    [Theory]
    [MemberData(nameof(Gminy))]
    public async Task Every_link_inside_a_gmina_leads_somewhere(string slug, string office)
    {
        // A visible link works: crawl the gmina's pages breadth-first and request every internal link once.
        var client = app.Client();
        var seen = new HashSet<string>();
        var queue = new Queue<string>([$"/{slug}/"]);
        var broken = new List<string>();
        while (queue.Count > 0 && seen.Count < 400)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url)) continue;
            var (response, doc) = await Html.GetAsync(client, url);
            if (response.StatusCode != HttpStatusCode.OK) { broken.Add($"{url}: {(int)response.StatusCode}"); continue; }
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;   // a linked photo or data file: it answered, nothing to crawl
            Assert.Contains(office, doc.Title);
            foreach (var a in doc.QuerySelectorAll("a[href], link[href]"))
            {
                var resolved = new Uri(new Uri("http://localhost" + url), a.GetAttribute("href")!);
                if (resolved.Host != "localhost" || resolved.Scheme != "http") continue;
                var path = resolved.PathAndQuery;
                if (path.StartsWith("/_content/", StringComparison.Ordinal))
                {
                    if (seen.Add(path) && (await client.GetAsync(path)).StatusCode != HttpStatusCode.OK) broken.Add($"{path} (from {url})");
                }
                else if (path.StartsWith($"/{slug}/", StringComparison.Ordinal) || path == $"/{slug}") queue.Enqueue(path);
                else broken.Add($"{path} leaves the tenant (from {url})");
            }
        }
        Assert.True(broken.Count == 0, string.Join(Environment.NewLine, broken));
        Assert.True(seen.Count > 60, $"{seen.Count} pages crawled");
    }
}
