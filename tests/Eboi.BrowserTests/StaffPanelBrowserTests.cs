using Eboi.Announcements;
using Eboi.Content;
using Eboi.Email;
using Eboi.IntegrationTests.Users;
using Eboi.Users;
using Microsoft.Playwright;

namespace Eboi.BrowserTests;

/// <summary>An office Administrator in chromium walks through every staff-panel page; axe on each.</summary>
[Collection(StaffBrowserCollection.Name)]
public sealed class StaffPanelBrowserTests(BrowserApp app)
{
    [Fact]
    public async Task Every_staff_panel_page_passes_axe()
    {
        var (email, _) = await StaffAccounts.CreateAsync(app.Factory, "kozy", "Administrator");
        var (_, citizenId) = await StaffAccounts.CreateAsync(app.Factory, "kozy");
        var page = await app.NewPageAsync();
        await SignIn.AsAsync(app, page, "kozy", email, StaffAccounts.Password);

        string[] pages =
        [
            "/kozy/admin", $"/kozy{UserAdminPaths.Users}", $"/kozy/admin/uzytkownicy/{citizenId:N}", $"/kozy{UserAdminPaths.NewUser}",
            $"/kozy{UserAdminPaths.AuditLog}", $"/kozy{ContentPaths.AdminPages}", $"/kozy{EmailAdminPaths.Templates}", "/kozy/admin/szablony/konto.aktywacja",
            $"/kozy{AnnouncementsPaths.Admin}",
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

        // an announcement: refused with its errors (axe on the error state), then saved, listed and on the home page
        var title = $"Zbiórka odpadów {Guid.NewGuid():N}"[..28];
        await page.GotoAsync(new Uri(app.BaseUri, $"/kozy{AnnouncementsPaths.AdminNew}").ToString());
        await page.Locator("#Form_Title").FillAsync(title);
        await page.Locator("#Form_VisibleFrom").FillAsync("2026-11-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zapisz ogłoszenie" }).ClickAsync();   // the form posts back to itself
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Form_Title")).ToHaveValueAsync(title);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.Locator("#Form_Body").FillAsync("Odbiór odpadów wielkogabarytowych w sobotę.");
        await Navigation.SubmitAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Zapisz ogłoszenie" }).ClickAsync(),
            u => !u.EndsWith(AnnouncementsPaths.AdminNew, StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GotoAsync(new Uri(app.BaseUri, "/kozy/").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByText(title)).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
