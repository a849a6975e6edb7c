using Eboi.Catalog;
using Eboi.IntegrationTests.Users;
using Eboi.Users;
using Microsoft.Playwright;

namespace Eboi.BrowserTests;

/// <summary>
/// A Redaktor in chromium: logs in, finds a card in the staff catalog, makes a mistake and sees it explained, edits
/// the card, previews and publishes it, and the public page shows the change; axe on every page, screenshots.
/// </summary>
[Collection(StaffBrowserCollection.Name)]
public sealed class CatalogEditorBrowserTests(BrowserApp app)
{
    private async Task StepAsync(IPage page, string name)
    {
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, "katalog-admin-" + name);
    }

    [Fact]
    public async Task Redaktor_edits_previews_and_publishes_a_card_and_citizens_see_it()
    {
        const string gmina = "pokrzywnica";
        const string summary = "Dowód osobisty wyrobisz w każdym urzędzie gminy – sprawdź, co zabrać (zmiana z przeglądarki).";
        var (email, _) = await StaffAccounts.CreateAsync(app.Factory, gmina, "Redaktor");
        var page = await app.NewPageAsync();
        await SignIn.AsAsync(app, page, gmina, email, StaffAccounts.Password);
        await page.GotoAsync(new Uri(app.BaseUri, $"/{gmina}{CatalogPaths.AdminList}").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Katalog spraw", Level = 1 })).ToBeVisibleAsync();
        await StepAsync(page, "1-lista");

        await page.GetByLabel("Nazwa usługi").FillAsync("dowodu osob");
        await Navigation.SubmitAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Szukaj", Exact = true }).ClickAsync(), "q=");
        await page.GetByRole(AriaRole.Link, new() { Name = "Wydanie dowodu osobistego", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wydanie dowodu osobistego", Level = 1 })).ToBeVisibleAsync();
        await StepAsync(page, "2-edycja");

        // a mistake first: the error is summarised on top, linked to the field, and the rest of the input is kept
        await page.Locator("#Form_Summary").FillAsync(summary);
        await page.Locator("#Form_EpuapUrl").FillAsync("www.gov.pl/dowod");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zapisz wersję roboczą" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Form_Summary")).ToHaveValueAsync(summary);
        await StepAsync(page, "3-bledy");
        Assert.Equal("#Form_EpuapUrl", await page.Locator(".error-summary a").First.GetAttributeAsync("href"));

        await page.Locator("#Form_EpuapUrl").FillAsync("https://www.gov.pl/web/gov/uzyskaj-dowod-osobisty");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zapisz i zobacz podgląd" }).ClickAsync();
        await page.WaitForURLAsync("**/podglad");
        await Assertions.Expect(page.Locator("article.service-card .lead")).ToHaveTextAsync(summary);
        await StepAsync(page, "4-podglad");

        await page.GetByRole(AriaRole.Button, new() { Name = "Opublikuj wersję nr 2" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Opublikowano wersję nr 2");
        await StepAsync(page, "5-opublikowano");

        await page.GetByRole(AriaRole.Link, new() { Name = "/katalog-spraw/dowod-osobisty" }).ClickAsync();
        await page.WaitForURLAsync($"**/{gmina}/katalog-spraw/dowod-osobisty");
        await Assertions.Expect(page.Locator("article.service-card .lead")).ToHaveTextAsync(summary);
        await StepAsync(page, "6-portal");

        // and a citizen who is not signed in (the cached anonymous page was evicted on publish)
        var citizen = await app.NewPageAsync();
        await citizen.GotoAsync(new Uri(app.BaseUri, $"/{gmina}/katalog-spraw/dowod-osobisty").ToString());
        await Assertions.Expect(citizen.Locator("article.service-card .lead")).ToHaveTextAsync(summary);
    }
}
