using Eboi.Users;
using Microsoft.Playwright;

namespace Eboi.BrowserTests;

/// <summary>Signs an account in through the gmina's real login form, accepting the regulamin when the portal asks for it.</summary>
public static class SignIn
{
    public static async Task AsAsync(BrowserApp app, IPage page, string gmina, string login, string password)
    {
        await page.GotoAsync(new Uri(app.BaseUri, $"/{gmina}{UserPaths.Login}").ToString());
        await page.Locator("#Form_Login").FillAsync(login);
        await page.Locator("#Form_Password").FillAsync(password);
        await Navigation.SubmitAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Zaloguj się" }).ClickAsync(),
            u => !u.Contains("/logowanie", StringComparison.Ordinal));
        if (page.Url.Contains("akceptacja-regulaminu", StringComparison.Ordinal))
        {
            await page.Locator("input[type=checkbox]").First.CheckAsync();
            await Navigation.SubmitAsync(page, () => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button).First.ClickAsync(),
                u => !u.Contains("akceptacja-regulaminu", StringComparison.Ordinal));
        }
    }
}
