using Eboi.IntegrationTests.Users;
using Microsoft.Playwright;
using Eboi.Content;
using Eboi.Email;
using Eboi.Users.Domain;

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
        await page.GotoAsync(new Uri(app.BaseUri, $"/kozy{UserPaths.Login}").ToString());
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
            "/kozy/admin", $"/kozy{UserAdminPaths.Users}", $"/kozy/admin/uzytkownicy/{citizenId:N}", $"/kozy{UserAdminPaths.NewUser}",
            $"/kozy{UserAdminPaths.AuditLog}", $"/kozy{ContentPaths.AdminPages}", $"/kozy{EmailAdminPaths.Templates}", "/kozy/admin/szablony/konto.aktywacja",
        ];
        foreach (var path in pages)
        {
            var response = await page.GotoAsync(new Uri(app.BaseUri, path).ToString());
            Assert.True(response!.Ok, $"{path}: {response.Status}");
            await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();
            await Accessibility.AssertNoViolationsAsync(page);
        }

        // the editor of one page, reached through its list
        await page.GotoAsync(new Uri(app.BaseUri, $"/kozy{ContentPaths.AdminPages}").ToString());
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Pomoc" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Title")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, "panel-urzedu-edycja-strony");
    }
}
