using System.Text.RegularExpressions;
using Eboi.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Eboi.BrowserTests;

/// <summary>
/// A citizen in chromium: registers, reads the activation e-mail from the SMTP catcher, activates, logs in, changes
/// the password and logs out; axe on every page, screenshots of each step.
/// </summary>
[Collection(StaffBrowserCollection.Name)]
public sealed class AccountJourneyBrowserTests(BrowserApp app)
{
    private async Task StepAsync(IPage page, string name)
    {
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, "konto-" + name);
    }

    [Fact]
    public async Task Register_activate_log_in_change_password_log_out()
    {
        var email = $"przegladarka.{Guid.NewGuid():N}@example.test";
        var page = await app.NewPageAsync();
        await page.GotoAsync(new Uri(app.BaseUri, "/siedlec/").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Zarejestruj się" }).First.ClickAsync();
        await StepAsync(page, "1-rodzaj");
        await page.GetByRole(AriaRole.Link, new() { Name = "Osoba fizyczna" }).ClickAsync();

        // first an invalid submit: errors are announced and linked, input kept
        await page.GetByLabel("Imię", new() { Exact = false }).First.FillAsync("Anna");
        await page.GetByRole(AriaRole.Button, new() { Name = "Załóż konto" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Form_FirstName")).ToHaveValueAsync("Anna");
        await StepAsync(page, "2-bledy");

        await page.Locator("#Form_LastName").FillAsync("Nowak");
        await page.Locator("#Form_Pesel").FillAsync("02211307589");
        await page.Locator("#Form_Email").FillAsync(email);
        await page.Locator("#Form_Password").FillAsync("Zielony-Las7");
        await page.Locator("#Form_ConfirmPassword").FillAsync("Zielony-Las7");
        await page.Locator("#Form_ConsentDataProcessing").CheckAsync();
        await page.Locator("#Form_AcceptRegulamin").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Załóż konto" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sprawdź skrzynkę e-mail" })).ToBeVisibleAsync();
        await StepAsync(page, "3-wyslano");

        var mail = await CaughtMail.WaitForMessageTo(email);
        var link = Regex.Match(mail.Text!, @"https?://\S+").Value;
        await page.GotoAsync(link);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Konto zostało aktywowane" })).ToBeVisibleAsync();
        await StepAsync(page, "4-aktywacja");

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Zaloguj się" }).ClickAsync();
        await page.Locator("#Form_Login").FillAsync(email);
        await page.Locator("#Form_Password").FillAsync("Zielony-Las7");
        await StepAsync(page, "5-logowanie");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zaloguj się" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Moje konto" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Anna Nowak")).ToBeVisibleAsync();
        await StepAsync(page, "6-konto");

        await page.GetByRole(AriaRole.Link, new() { Name = "Zmień hasło" }).ClickAsync();
        await page.Locator("#CurrentPassword").FillAsync("Zielony-Las7");
        await page.Locator("#NewPassword").FillAsync("Czerwony-Dom8");
        await page.Locator("#ConfirmPassword").FillAsync("Czerwony-Dom8");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zmień hasło" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Hasło zostało zmienione.")).ToBeVisibleAsync();
        await StepAsync(page, "7-haslo");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu główne" }).GetByRole(AriaRole.Button, new() { Name = "Wyloguj" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Menu główne" }).GetByRole(AriaRole.Link, new() { Name = "Zaloguj się" })).ToBeVisibleAsync();
        await StepAsync(page, "8-wylogowano");
    }
}
