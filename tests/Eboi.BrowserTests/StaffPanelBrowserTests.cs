using Eboi.IntegrationTests.Users;
using Microsoft.Playwright;

namespace Eboi.BrowserTests;

/// <summary>An office Administrator in chromium walks through every staff-panel page; axe on each.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffPanelBrowserTests(BrowserApp app)
{
    [Fact]
    public async Task Every_staff_panel_page_passes_axe()
    {
        var (email, _) = await StaffAccounts.CreateAsync(app.Factory, "kozy", "Administrator");
        var (_, citizenId) = await StaffAccounts.CreateAsync(app.Factory, "kozy");
        var page = await app.NewPageAsync();
        await page.GotoAsync(new Uri(app.BaseUri, "/kozy/konto/logowanie").ToString());
        await page.Locator("#Form_Login").FillAsync(email);
        await page.Locator("#Form_Password").FillAsync(StaffAccounts.Password);
        await Navigation.SubmitAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Zaloguj się" }).ClickAsync(),
            u => !u.Contains("/logowanie", StringComparison.Ordinal));
        if (page.Url.Contains("akceptacja-regulaminu", StringComparison.Ordinal))
        {
            await page.Locator("input[type=checkbox]").First.CheckAsync();
            await Navigation.SubmitAsync(page, () => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button).First.ClickAsync(),
                u => !u.Contains("akceptacja-regulaminu", StringComparison.Ordinal));
        }

        string[] pages =
        [
            "/kozy/admin", "/kozy/admin/uzytkownicy", $"/kozy/admin/uzytkownicy/{citizenId:N}", "/kozy/admin/uzytkownicy/nowy",
            "/kozy/admin/dziennik", "/kozy/admin/strony", "/kozy/admin/szablony", "/kozy/admin/szablony/konto.aktywacja",
        ];
        foreach (var path in pages)
        {
            var response = await page.GotoAsync(new Uri(app.BaseUri, path).ToString());
            Assert.True(response!.Ok, $"{path}: {response.Status}");
            await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();
            await Accessibility.AssertNoViolationsAsync(page);
        }

        // the editor of one page, reached through its list
        await page.GotoAsync(new Uri(app.BaseUri, "/kozy/admin/strony").ToString());
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Pomoc" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Title")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, "panel-urzedu-edycja-strony");
    }
}
