using Eboi.FaultReports;
using Eboi.IntegrationTests.FaultReports;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Microsoft.Playwright;

namespace Eboi.BrowserTests;

/// <summary>
/// Issue 9's journey in chromium: a citizen reports a fault with the keyboard-only location and a photo, a moderator
/// approves it and sets "w realizacji" with a note, the recipe's default workflow mails the citizen (SMTP catcher), and
/// the public page shows the new status. axe on every page visited.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FaultReportJourneyBrowserTests(BrowserApp app)
{
    private const string Gmina = "kozy";
    private const string Note = "Ekipa drogowa załata dziurę do piątku.";

    [Fact]
    public async Task A_report_made_with_the_keyboard_is_moderated_and_the_citizen_hears_of_its_new_status()
    {
        var (citizen, _) = await StaffAccounts.CreateAsync(app.Factory, Gmina);
        var (moderator, _) = await StaffAccounts.CreateAsync(app.Factory, Gmina, "Moderator");
        var title = $"Dziura przy ul. Długiej {Guid.NewGuid():N}"[..32];

        // The citizen: the form, first with a place outside the gmina (refused next to the field, typed text kept).
        var page = await NewPageWithoutTilesAsync();
        await SignIn.AsAsync(app, page, Gmina, citizen, StaffAccounts.Password);
        await page.GotoAsync(Url(FaultReportsPaths.Report));
        await Accessibility.AssertNoViolationsAsync(page);
        await page.Locator("#Form_Category").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await TypeAsync(page, "#Form_Title", title);
        await TypeAsync(page, "#Form_Description", "Głęboka dziura w jezdni, samochody omijają ją pasem przeciwnym.");
        await TypeAsync(page, "#Form_Location", "ul. Długa 12, 52.2297, 21.0122");
        await page.Locator("#Form_Photos").SetInputFilesAsync(new FilePayload { Name = "dziura.jpg", MimeType = "image/jpeg", Buffer = TestImages.JpegWithGps() });
        await SubmitWithKeyboardAsync(page);
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#Form_Location-error")).ToContainTextAsync("poza");
        await Assertions.Expect(page.Locator("#Form_Title")).ToHaveValueAsync(title);
        await Accessibility.AssertNoViolationsAsync(page);

        // Corrected: a place in Kozy, the photo chosen again (browsers never keep files).
        await page.Locator("#Form_Location").FillAsync("");
        await TypeAsync(page, "#Form_Location", "ul. Długa 12, przy przystanku, 49.8451, 19.1502");
        await page.Locator("#Form_Photos").SetInputFilesAsync(new FilePayload { Name = "dziura.jpg", MimeType = "image/jpeg", Buffer = TestImages.JpegWithGps() });
        await Navigation.SubmitAsync(page, () => SubmitWithKeyboardAsync(page), FaultReportsPaths.Submitted);
        await Assertions.Expect(page.Locator("main [role=status]")).ToContainTextAsync("Numer zgłoszenia:");
        var number = (await page.Locator("main [role=status] strong").InnerTextAsync()).Trim();
        Assert.Matches(@"^U/\d{4}/\d{5}$", number);
        await Accessibility.AssertNoViolationsAsync(page);

        // The recipe's "Zgłoszenie usterki" workflow confirms it by e-mail; the citizen sees it waiting in "Moje zgłoszenia".
        var confirmation = await CaughtMail.WaitForMessageTo(citizen, $"Zgłoszenie {number} przyjęte");
        Assert.Contains(title, confirmation.Text);
        await page.GotoAsync(Url(FaultReportsPaths.MyReports));
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(number);
        await Accessibility.AssertNoViolationsAsync(page);

        // The moderator: the queue, the report, approve, then "w realizacji" with a public note.
        var desk = await NewPageWithoutTilesAsync();
        await SignIn.AsAsync(app, desk, Gmina, moderator, StaffAccounts.Password);
        await desk.GotoAsync(Url(FaultReportsPaths.Admin));
        await Accessibility.AssertNoViolationsAsync(desk);
        await desk.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
        await Assertions.Expect(desk.Locator("main h1")).ToContainTextAsync(title);
        await Accessibility.AssertNoViolationsAsync(desk);
        await desk.GetByRole(AriaRole.Button, new() { Name = "Zatwierdź (pokaż publicznie)" }).ClickAsync();
        await Assertions.Expect(desk.Locator("main [role=status]")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(desk);
        await desk.Locator("#NewStatus").SelectOptionAsync(FaultStatus.InProgress);
        await desk.Locator("#PublicNote").FillAsync(Note);
        await desk.GetByRole(AriaRole.Button, new() { Name = "Zmień status" }).ClickAsync();
        await Assertions.Expect(desk.Locator("main [role=status]")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(desk);
        await Accessibility.ScreenshotAsync(desk, "usterki-moderacja");

        // The workflow "Zmiana statusu zgłoszenia usterki" mails the citizen the new status with the note.
        var changed = await CaughtMail.WaitForMessageTo(citizen, $"Zgłoszenie {number}: w realizacji");
        Assert.Contains(Note, changed.Text);

        // Anyone sees the new status, the note in the timeline and the photo; never the reporter's name.
        var visitor = await NewPageWithoutTilesAsync();
        await visitor.GotoAsync(Url(FaultReportsPaths.Detail(number)));
        await Assertions.Expect(visitor.Locator("#status-zgloszenia")).ToHaveTextAsync("w realizacji");
        await Assertions.Expect(visitor.Locator(".fault-timeline")).ToContainTextAsync(Note);
        await Assertions.Expect(visitor.Locator(".fault-photos img")).ToHaveCountAsync(1);
        Assert.DoesNotContain(citizen, await visitor.ContentAsync());
        await Accessibility.AssertNoViolationsAsync(visitor);
        await Accessibility.ScreenshotAsync(visitor, "usterki-zgloszenie-publiczne");

        // The list without JavaScript, filtered by the new status, and the map drawing the reports from its GeoJSON.
        await visitor.GotoAsync(Url($"{FaultReportsPaths.List}?status={FaultStatus.InProgress}"));
        await Assertions.Expect(visitor.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(visitor);
        await visitor.GotoAsync(Url(FaultReportsPaths.Map));
        await Assertions.Expect(visitor.Locator("#usterki-mapa path.leaflet-interactive").First).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(visitor);
        await Accessibility.ScreenshotAsync(visitor, "usterki-mapa");
    }

    private string Url(string path) => new Uri(app.BaseUri, $"/{Gmina}{path}").ToString();

    // Map tiles come from OpenStreetMap, which tests never reach: the keyboard path must work without them.
    private async Task<IPage> NewPageWithoutTilesAsync()
    {
        var page = await app.NewPageAsync();
        await page.RouteAsync("https://tile.openstreetmap.org/**", route => route.AbortAsync());
        return page;
    }

    private static async Task TypeAsync(IPage page, string selector, string text)
    {
        await page.Locator(selector).FocusAsync();
        await page.Keyboard.TypeAsync(text);
    }

    // Tab from the last field to the submit button and press Enter, as a keyboard user does.
    private static async Task SubmitWithKeyboardAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Wyślij zgłoszenie" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
    }
}
