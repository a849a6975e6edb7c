using Eboi.HostPanel.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Eboi.BrowserTests;

/// <summary>The hosting provider in chromium: signs in to the host panel, creates a gmina from the template recipe, opens its portal; axe on every page.</summary>
[Collection(StaffBrowserCollection.Name)]
public sealed class HostPanelBrowserTests(BrowserApp app)
{
    private async Task StepAsync(IPage page, string name)
    {
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, "operator-" + name);
    }

    [Fact]
    public async Task Operator_creates_a_tenant_from_the_template_recipe_and_its_home_page_answers()
    {
        string password;
        using (var scope = app.Factory.Services.CreateScope())
            password = await scope.ServiceProvider.GetRequiredService<OperatorAccounts>().CreateAsync("wdrozenia", "Zespół wdrożeń");

        var page = await app.NewPageAsync();
        await page.GotoAsync(new Uri(app.BaseUri, "/admin").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Logowanie operatora" })).ToBeVisibleAsync();
        await StepAsync(page, "1-logowanie");
        await page.Locator("#Form_Login").FillAsync("wdrozenia");
        await page.Locator("#Form_Password").FillAsync(password);
        await Navigation.SubmitAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Zaloguj się" }).ClickAsync(), "/admin");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Urzędy", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Urząd Gminy Pokrzywnica" })).ToBeVisibleAsync();
        await StepAsync(page, "2-urzedy");

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Utwórz urząd z przepisu" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Form_RecipeFile")).ToHaveValueAsync("gmina-template.recipe.json");
        await page.Locator("#Form_Slug").FillAsync("Piąta Gmina");
        await page.GetByRole(AriaRole.Button, new() { Name = "Utwórz urząd" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Form_Slug")).ToHaveValueAsync("Piąta Gmina");
        await StepAsync(page, "3-nowy-urzad-bledy");

        await page.Locator("#Form_Slug").FillAsync("piata-gmina");
        await Navigation.SubmitAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Utwórz urząd" }).ClickAsync(), "/admin/urzedy/piata-gmina");
        await Assertions.Expect(page.GetByText("Utworzono urząd „Urząd Gminy Przykładowo”")).ToBeVisibleAsync();
        await StepAsync(page, "4-utworzono");

        await page.GetByRole(AriaRole.Link, new() { Name = "/piata-gmina/" }).ClickAsync();
        await page.WaitForURLAsync(u => u.EndsWith("/piata-gmina/", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Banner)).ToContainTextAsync("Przykładowo");
        await StepAsync(page, "5-portal-nowego-urzedu");

        await page.GotoAsync(new Uri(app.BaseUri, "/admin/urzedy/piata-gmina").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Wyloguj" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Logowanie operatora" })).ToBeVisibleAsync();
    }
}
