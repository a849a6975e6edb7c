using System.Net;
using Eboi.IntegrationTests.Infrastructure;

namespace Eboi.IntegrationTests.Pages;

[Collection(SeededCollection.Name)]
public sealed class HostPortalTests(SeededApp app)
{
    [Fact]
    public async Task Host_portal_lists_the_offices_with_address_and_link()
    {
        var (response, doc) = await Html.GetAsync(app.Client(), "/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var (slug, street) in new[] { ("siedlec", "ul. Zbąszyńska 17"), ("pokrzywnica", "Aleja Jana Pawła II 1"), ("kozy", "ul. Krakowska 4"), ("pulawy", "ul. Dęblińska 4") })
        {
            var link = doc.QuerySelector($".tiles a[href='/{slug}/']");
            Assert.NotNull(link);
            Assert.Contains(street, link!.ParentElement!.TextContent);
        }
    }

    [Fact]
    public async Task Service_finder_shows_which_offices_offer_a_service()
    {
        var (_, doc) = await Html.GetAsync(app.Client(), "/?usluga=dowod-osobisty");
        var offices = doc.QuerySelectorAll(".finder .service-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/kozy/katalog-spraw/dowod-osobisty", offices);
        Assert.Contains("/siedlec/katalog-spraw/dowod-osobisty", offices);
        Assert.Equal(4, offices.Count);
        Assert.True(doc.QuerySelectorAll("#usluga option").Length > 30);
    }

    [Fact]
    public async Task Health_endpoints_answer()
    {
        var client = app.Client();
        Assert.Equal("Healthy", await client.GetStringAsync("/health/live"));
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }
}
