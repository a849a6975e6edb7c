using System.Text.RegularExpressions;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Payments;
using Eboi.Taxes;
using Eboi.Users;
using Microsoft.Playwright;

namespace Eboi.BrowserTests;

/// <summary>
/// Issue 10's journey in chromium: a demo citizen (from demo-accounts.txt, as `./eboi run` shows them) opens the shared
/// łączne zobowiązanie card, pays its two oldest unpaid (overdue) instalments online through the fake Przelewy24 gateway, comes
/// back to a return page that tells the truth, sees both instalments paid and the payment in the history, gets the
/// confirmation e-mail, and prints a transfer form with the QR code. axe on every page of ours.
/// </summary>
[Collection(StaffBrowserCollection.Name)]
public sealed class TaxPaymentJourneyBrowserTests(BrowserApp app)
{
    private const string Gmina = "pulawy";

    [Fact]
    public async Task A_demo_citizen_pays_two_overdue_instalments_online_and_sees_them_paid_and_in_the_history()
    {
        var (email, password) = DemoCitizen();
        var page = await app.NewPageAsync();
        await SignIn.AsAsync(app, page, Gmina, email, password);

        // "Podatki i opłaty": the cards with what is due; the shared card is one of them.
        await page.GotoAsync(Url(TaxesPaths.MyCards));
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Podatki i opłaty");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.Locator("main tr", new() { HasText = "Łączne zobowiązanie pieniężne" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.Locator("main h1")).ToContainTextAsync("Łączne zobowiązanie pieniężne");
        await Assertions.Expect(page.Locator("#wspolzobowiazani li")).ToHaveCountAsync(2);
        await Accessibility.AssertNoViolationsAsync(page);
        var cardUrl = page.Url;

        // The two oldest unpaid instalments (payments go to the oldest first, so these carry interest): tick exactly them.
        var boxes = page.Locator("table.instalments input[type=checkbox]");
        var chosen = new[] { await boxes.Nth(0).GetAttributeAsync("value"), await boxes.Nth(1).GetAttributeAsync("value") }
            .Select(v => Guid.Parse(v!).ToString("N")).ToList();
        foreach (var box in await boxes.AllAsync()) await box.UncheckAsync();
        foreach (var id in chosen) await page.Locator($"#rata-{id}").CheckAsync();
        await Navigation.SubmitAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Zapłać online" }).ClickAsync(), "/bramka-testowa/");

        // The fake gateway: the payer confirms; the gateway notifies the office and sends the citizen back.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Bramka testowa");
        await Navigation.SubmitAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Zapłać", Exact = true }).ClickAsync(), "/platnosci/powrot/");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Płatność przyjęta", new() { Timeout = 30_000 });
        var reference = (await page.Locator("main strong").First.InnerTextAsync()).Trim();
        Assert.Matches(new Regex(@"^P/\d{4}/\d{6}$"), reference);
        await Accessibility.AssertNoViolationsAsync(page);

        // The card: both instalments paid (settled by the PaymentSucceeded handler, delivered by the job queue).
        await page.GotoAsync(cardUrl);
        await WaitUntilAsync(page, async () => await page.Locator(string.Join(", ", chosen.Select(id => $"#wiersz-{id} .tag.paid"))).CountAsync() == 2);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GotoAsync(Url(TaxesPaths.Card(CardNumber(cardUrl), "zaplacone")));
        foreach (var id in chosen) await Assertions.Expect(page.Locator($"#wiersz-{id}")).ToBeVisibleAsync();

        // The history shows the payment as paid; the recipe's workflow e-mailed the confirmation.
        await page.GotoAsync(Url(PaymentsPaths.History));
        var row = page.Locator("main tr", new() { HasText = reference });
        await Assertions.Expect(row).ToContainTextAsync("opłacona");
        await Accessibility.AssertNoViolationsAsync(page);
        var confirmation = await CaughtMail.WaitForMessageTo(email, reference);
        Assert.Contains(reference, confirmation.Text);

        // The transfer form for everything still due on the card: its own account, the title and the ZBP QR code.
        await page.GotoAsync(cardUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "Formularz przelewu na wszystkie raty do zapłaty" }).ClickAsync();
        await Assertions.Expect(page.Locator("main svg")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(CardNumber(cardUrl));
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, "platnosci-formularz-przelewu");
    }

    private (string Email, string Password) DemoCitizen()
    {
        var lines = File.ReadAllLines(Path.Combine(app.Factory.DataPath, Eboi.Core.DemoAccounts.FileName)).Select(l => l.Split('\t'));
        var citizen = lines.First(l => l[0] == Gmina && l[3].StartsWith("mieszkaniec", StringComparison.Ordinal) && !l[1].StartsWith("firma", StringComparison.Ordinal));
        return (citizen[1], citizen[2]);
    }

    private static string CardNumber(string cardUrl) => Uri.UnescapeDataString(cardUrl.Split("/karty/")[1].Split('?')[0]);

    private string Url(string path) => new Uri(app.BaseUri, $"/{Gmina}{path}").ToString();

    // Settlement runs after the notification, through the event queue: reload until it shows, at most 30 s.
    private static async Task WaitUntilAsync(IPage page, Func<Task<bool>> shown)
    {
        for (var i = 0; i < 30 && !await shown(); i++)
        {
            await Task.Delay(1000);
            await page.ReloadAsync();
        }
        Assert.True(await shown(), "the paid instalments never showed on the card");
    }
}
