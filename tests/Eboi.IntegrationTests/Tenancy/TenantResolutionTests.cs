using System.Net;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Catalog;
using Eboi.Content;

namespace Eboi.IntegrationTests.Tenancy;

[Collection(SeededCollection.Name)]
public sealed class TenantResolutionTests(SeededApp app)
{
    [Fact]
    public async Task First_path_segment_selects_the_tenant()
    {
        var (response, doc) = await Html.GetAsync(app.Client(), "/kozy/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Urząd Gminy Kozy", doc.Title);
    }

    [Fact]
    public async Task Host_name_selects_the_tenant_before_the_path()
    {
        var (response, doc) = await Html.GetAsync(app.Client("pulawy.localhost"), "/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Urząd Gminy Puławy", doc.Title);
        // links on a host-named tenant have no slug prefix
        Assert.NotNull(doc.QuerySelector("a[href='/katalog-spraw']"));
    }

    [Fact]
    public async Task Unknown_tenant_is_a_polish_404()
    {
        var (response, doc) = await Html.GetAsync(app.Client(), "/nieistniejaca-gmina/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Nie znaleziono strony", doc.Text());
        Assert.Equal("pl", doc.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Unknown_page_of_a_tenant_is_a_404_in_the_tenants_theme()
    {
        var (response, doc) = await Html.GetAsync(app.Client(), "/siedlec/katalog-spraw/nie-ma-takiej-sprawy");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Nie znaleziono strony", doc.Text());
        Assert.Contains("theme-siedlec", doc.Body!.ClassName);
        Assert.Contains("Urząd Gminy Siedlec", doc.Title);
    }

    [Fact]
    public async Task No_page_under_kozy_shows_siedlec_content()
    {
        var client = app.Client();
        var urls = new List<string> { "/kozy/", $"/kozy{CatalogPaths.List}", "/kozy/pomoc", $"/kozy{ContentPaths.Regulamin}", $"/kozy{ContentPaths.Contact}",
            $"/kozy{ContentPaths.Accessibility}", "/kozy/polityka-prywatnosci", $"/kozy{CatalogPaths.List}?q=dowód osobisty" };
        var (_, catalog) = await Html.GetAsync(client, $"/kozy{CatalogPaths.List}");
        urls.AddRange(catalog.QuerySelectorAll("a[href^='/kozy/katalog-spraw']").Select(a => a.GetAttribute("href")!).Distinct());
        Assert.True(urls.Count > 30);
        foreach (var url in urls)
        {
            var (response, doc) = await Html.GetAsync(client, url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = doc.DocumentElement.TextContent;
            Assert.DoesNotContain("Siedlec", text);
            Assert.DoesNotContain("Zbąszyńska", text);
            Assert.DoesNotContain(doc.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.StartsWith("/siedlec", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_module_the_tenant_did_not_enable_is_not_routed()
    {
        // The host-level portal does not have tenant pages: /katalog-spraw without a tenant is a 404.
        var response = await app.Client().GetAsync(CatalogPaths.List);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
