using Eboi.IntegrationTests.Users;
using Eboi.Users;
using Microsoft.Playwright;

namespace Eboi.BrowserTests;

/// <summary>An office Administrator in chromium issues an API key, sees it once, and revokes it after confirming; axe on every step.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ApiKeysBrowserTests(BrowserApp app)
{
    [Fact]
    public async Task An_administrator_issues_and_revokes_a_key_and_every_step_passes_axe()
    {
        var (email, _) = await StaffAccounts.CreateAsync(app.Factory, "kozy", "Administrator");
        var page = await app.NewPageAsync();
        await SignIn.AsAsync(app, page, "kozy", email, StaffAccounts.Password);

        // From the panel's menu to the list, then the form.
        await page.GotoAsync(new Uri(app.BaseUri, "/kozy/admin").ToString());
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu panelu" }).GetByRole(AriaRole.Link, new() { Name = "Klucze API" }).ClickAsync();
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Klucze API");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Wydaj nowy klucz" }).ClickAsync();
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Nowy klucz API");
        await Accessibility.AssertNoViolationsAsync(page);

        // Sent empty: the summary and the field's message.
        await page.GetByRole(AriaRole.Button, new() { Name = "Wydaj klucz" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Wpisz nazwę klucza");
        await Accessibility.AssertNoViolationsAsync(page);

        // Filled with the keyboard: the key is shown once.
        await page.Locator("#Form_Name").FocusAsync();
        await page.Keyboard.TypeAsync("Aplikacja Naprawmy To");
        await page.Locator("#Form_Scope").SelectOptionAsync("open311");
        await page.Locator("#Form_Scope").PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Wydano klucz API");
        var key = await page.Locator("#api-key").InputValueAsync();
        Assert.StartsWith("eboi_", key);
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, "panel-urzedu-klucz-api-wydany");

        // Back to the list: the prefix only; revoke after the confirmation.
        var prefix = key.Split('_')[1];
        await page.GetByRole(AriaRole.Link, new() { Name = "Klucz zapisany – wróć do listy" }).ClickAsync();
        await Assertions.Expect(page.Locator("main table")).ToContainTextAsync(prefix);
        Assert.DoesNotContain(key, await page.ContentAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = $"Unieważnij klucz {prefix}" }).ClickAsync();
        await Assertions.Expect(page.Locator("main [role=alert]")).ToContainTextAsync("Czy na pewno unieważnić klucz");
        await Accessibility.AssertNoViolationsAsync(page);
        await Navigation.SubmitAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Tak, unieważnij klucz" }).ClickAsync(),
            u => !u.Contains("uniewaznij", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("main [role=status]")).ToContainTextAsync($"Unieważniono klucz {prefix}");
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
