using Microsoft.Playwright;
using Eboi.Content;

namespace Eboi.BrowserTests;

/// <summary>A citizen's visit to each gmina in chromium: home, catalog, a search, a service card, the regulamin; axe on each.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GminaJourneyTests(BrowserApp app)
{
    [Theory]
    [InlineData("siedlec", "dowodu osobistego")]
    [InlineData("pokrzywnica", "zaswiadczenia o zameldowaniu")]
    [InlineData("kozy", "podatek od nieruchomosci")]
    [InlineData("pulawy", "wycinka drzew")]
    public async Task Citizen_finds_a_service_and_reads_the_regulamin(string slug, string query)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(new Uri(app.BaseUri, $"/{slug}/").ToString());
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, $"{slug}-1-home");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu główne" }).GetByRole(AriaRole.Link, new() { Name = "Katalog spraw" }).ClickAsync();
        await page.WaitForURLAsync($"**/{slug}/katalog-spraw");
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, $"{slug}-2-catalog");

        var search = page.GetByLabel("Szukaj sprawy");
        await search.FillAsync(query);
        await Navigation.SubmitAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Szukaj", Exact = true }).ClickAsync(), "q=");
        var status = await page.GetByRole(AriaRole.Status).TextContentAsync();
        Assert.StartsWith("Znaleziono", status!.Trim());
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, $"{slug}-3-search");

        await page.Locator(".service-list li > a").First.ClickAsync();
        await page.WaitForURLAsync($"**/{slug}/katalog-spraw/*");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wymagane dokumenty" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, $"{slug}-4-detail");

        await page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Regulamin" }).ClickAsync();
        await page.WaitForURLAsync($"**/{slug}/regulamin");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("REGULAMIN", new() { IgnoreCase = true });
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, $"{slug}-5-regulamin");
    }

    [Theory]
    [InlineData("/")]
    [InlineData($"/kozy{ContentPaths.Accessibility}")]
    [InlineData($"/pulawy{ContentPaths.Contact}")]
    [InlineData("/siedlec/pomoc")]
    [InlineData("/pokrzywnica/nie-ma-takiej-strony")]
    public async Task Other_pages_pass_axe(string path)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(new Uri(app.BaseUri, path).ToString());
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, "page" + path.Replace('/', '-').TrimEnd('-'));
    }

    [Fact]
    public async Task Keyboard_user_skips_to_content_and_closes_the_cookie_notice()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(new Uri(app.BaseUri, "/kozy/").ToString());
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Przejdź do treści", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("tresc", await page.EvaluateAsync<string>("document.activeElement.id"));

        await Assertions.Expect(page.Locator("#cookie-notice")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Zamknij" }).ClickAsync();
        await Assertions.Expect(page.Locator("#cookie-notice")).ToBeHiddenAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#cookie-notice")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_four_themes_look_different()
    {
        var colours = new HashSet<string>();
        var page = await app.NewPageAsync();
        foreach (var slug in new[] { "siedlec", "pokrzywnica", "kozy", "pulawy" })
        {
            await page.GotoAsync(new Uri(app.BaseUri, $"/{slug}/").ToString());
            colours.Add(await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-header')).backgroundColor + '|' + getComputedStyle(document.querySelector('.site-footer')).backgroundColor"));
            Assert.True(await page.Locator("svg.coat-of-arms").CountAsync() == 1);
        }
        Assert.Equal(4, colours.Count);
    }
}
