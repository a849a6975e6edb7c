using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Eboi.Core.Tenancy;
using Eboi.Core.Text;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.Payments;
using Eboi.Payments.Domain;
using Eboi.Taxes;
using Eboi.Taxes.Cards;
using Eboi.Taxes.Domain;
using Eboi.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Taxes;

/// <summary>
/// The citizen side of /platnosci: who sees what (unverified, unlinked, linked), a card with its tables and filters,
/// 404 for anything not theirs, paying ticked instalments online (the order Payments gets) and the transfer form whose
/// QR code decodes back to the ZBP payload.
/// </summary>
public sealed class CitizenCardsTests(TaxesApp app) : IClassFixture<TaxesApp>
{
    private const string Gmina = "pulawy";
    private static readonly HtmlParser Parser = new();

    private DateOnly Today => PolishTime.DateOf(app.Clock.GetUtcNow());

    [Fact]
    public async Task An_unverified_citizen_is_told_to_get_verified_and_a_verified_unlinked_one_how_to_get_linked()
    {
        var (unverified, _) = await TaxCardSeed.CitizenAsync(app, Gmina, verified: false);
        var (_, page) = await Html.GetAsync(await StaffAccounts.SignInAsync(app.App, Gmina, unverified), $"/{Gmina}{TaxesPaths.MyCards}");
        var why = page.QuerySelector("#niezweryfikowane")!;
        Assert.Contains("nie jest jeszcze zweryfikowane", why.TextContent);
        Assert.EndsWith($"/{Gmina}{UserPaths.Verification}", why.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("#kartoteki"));
        Assert.EndsWith(PaymentsPaths.History, page.QuerySelectorAll("main a").Last().GetAttribute("href"));

        var (verified, _) = await TaxCardSeed.CitizenAsync(app, Gmina, verified: true);
        var (_, unlinked) = await Html.GetAsync(await StaffAccounts.SignInAsync(app.App, Gmina, verified), $"/{Gmina}{TaxesPaths.MyCards}");
        Assert.Null(unlinked.QuerySelector("#niezweryfikowane"));
        var how = unlinked.QuerySelector("#niepowiazane")!.TextContent;
        Assert.Contains("PESEL", how);
        Assert.Contains("pracownik powiąże konto", how);
        Assert.Null(unlinked.QuerySelector("#kartoteki"));
    }

    [Fact]
    public async Task A_visit_links_a_taxpayer_only_when_exactly_one_verified_account_has_its_pesel()
    {
        // Two accounts with one PESEL (registered twice): the first to visit does not get the tax data; staff decide.
        var shared = await TaxpayerWithNewPeselAsync();
        var first = $"pierwszy-{Guid.NewGuid():N}@example.test";
        await TaxTestData.VerifiedCitizenAsync(app.App, Gmina, shared.Pesel, first);
        await TaxTestData.VerifiedCitizenAsync(app.App, Gmina, shared.Pesel, $"drugi-{Guid.NewGuid():N}@example.test");
        var (_, refused) = await Html.GetAsync(await StaffAccounts.SignInAsync(app.App, Gmina, first), $"/{Gmina}{TaxesPaths.MyCards}");
        Assert.NotNull(refused.QuerySelector("#niepowiazane"));
        Assert.Null(await LinkedUserAsync(shared.TaxpayerId));

        // One account with the PESEL: its first visit links it and shows the card.
        var own = await TaxpayerWithNewPeselAsync();
        var only = $"jedyny-{Guid.NewGuid():N}@example.test";
        var onlyId = await TaxTestData.VerifiedCitizenAsync(app.App, Gmina, own.Pesel, only);
        var (_, linked) = await Html.GetAsync(await StaffAccounts.SignInAsync(app.App, Gmina, only), $"/{Gmina}{TaxesPaths.MyCards}");
        Assert.Single(linked.QuerySelectorAll("#kartoteki tbody tr"));
        Assert.Equal(onlyId, await LinkedUserAsync(own.TaxpayerId));
    }

    private async Task<(string Pesel, Guid TaxpayerId)> TaxpayerWithNewPeselAsync()
    {
        // A valid PESEL nobody else in this class uses (born 1 Jan 1990, random serial, domain-pl.md §1 check digit).
        var digits = "900101" + Random.Shared.Next(0, 10_000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        int[] weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
        var pesel = digits + (10 - digits.Select((c, i) => (c - '0') * weights[i]).Sum() % 10) % 10;
        var card = await TaxCardSeed.CardAsync(app, Gmina, null, (Today.AddDays(30), 100m));
        await app.InTenantAsync(Gmina, async (db, _) =>
        {
            (await db.Set<Taxpayer>().SingleAsync(t => t.Id == card.OwnerTaxpayerId)).Pesel = pesel;
            await db.SaveChangesAsync();
            return true;
        });
        return (pesel, card.OwnerTaxpayerId);
    }

    private Task<Guid?> LinkedUserAsync(Guid taxpayerId) =>
        app.InTenantAsync(Gmina, (db, _) => db.Set<Taxpayer>().Where(t => t.Id == taxpayerId).Select(t => t.UserId).SingleAsync());

    [Fact]
    public async Task A_linked_citizen_sees_their_cards_and_a_card_with_its_instalments_people_subjects_decisions_and_operations()
    {
        var (email, id) = await TaxCardSeed.CitizenAsync(app, Gmina, verified: true);
        var card = await TaxCardSeed.CardAsync(app, Gmina, id, (Today.AddDays(-100), 300m), (Today.AddDays(-100), 5000m), (Today.AddDays(60), 1234.56m));
        await TaxCardSeed.AddImportedPaymentAsync(app, Gmina, card.CardId, Today.AddDays(-100), 300m, "Wpłata w kasie urzędu");
        var interest = ArrearsInterest.Compute(5000m, Today.AddDays(-100), Today, InterestRateTable.Statutory).Charged;
        Assert.True(interest > 0);
        var client = await StaffAccounts.SignInAsync(app.App, Gmina, email);

        var (_, list) = await Html.GetAsync(client, $"/{Gmina}{TaxesPaths.MyCards}");
        var row = list.QuerySelector("#kartoteki tbody tr")!;
        Assert.Equal(["Podatek od nieruchomości", card.Number, Today.AddDays(-100).Year.ToString(), Zl(6234.56m), Zl(interest)],
            row.Children.Select(c => c.TextContent.Trim()));
        Assert.EndsWith(TaxesPaths.Card(card.Number), row.QuerySelector("a")!.GetAttribute("href"));

        var (response, page) = await Html.GetAsync(client, $"/{Gmina}{TaxesPaths.Card(card.Number)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var table = page.QuerySelector("table.instalments")!;
        Assert.NotNull(table.QuerySelector("caption"));
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.Equal(["Nazwa", "Rok", "Rata", "Termin płatności", "Zobowiązanie", "Odsetki", "Zapłacono", "Do zapłaty"],
            table.QuerySelectorAll("thead th").Skip(1).Take(8).Select(th => th.TextContent.Trim()));
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal([Zl(300m), Zl(0m), Zl(300m), Zl(0m)], Money(rows[0]));
        Assert.Equal([Zl(5000m), Zl(interest), Zl(0m), Zl(5000m + interest)], Money(rows[1]));
        Assert.Equal([Zl(1234.56m), Zl(0m), Zl(0m), Zl(1234.56m)], Money(rows[2]));
        Assert.Equal(Zl(6534.56m + interest - 300m), table.QuerySelectorAll("tfoot td.num").Last().TextContent.Trim());
        // The paid one cannot be ticked; the oldest unpaid is suggested; the later one is not.
        Assert.Null(rows[0].QuerySelector("input[type=checkbox]"));
        Assert.True(rows[1].QuerySelector("input[type=checkbox]")!.HasAttribute("checked"));
        Assert.False(rows[2].QuerySelector("input[type=checkbox]")!.HasAttribute("checked"));
        Assert.EndsWith(TaxesPaths.Transfer(card.Number, [card.Instalments[2]]), rows[2].QuerySelector("a")!.GetAttribute("href"));

        Assert.Equal([TaxCardSeed.CoObligorName, "Jan Podatnik"], page.QuerySelectorAll("#wspolzobowiazani li").Select(li => li.TextContent.Trim()).Order());
        Assert.DoesNotContain(TaxCardSeed.CoObligorPesel, page.DocumentElement.OuterHtml);
        var subjects = page.QuerySelector("#przedmioty")!.TextContent;
        Assert.Contains("Budynek mieszkalny, ul. Lipowa 3", subjects);
        Assert.Contains("120,5 m²", subjects);
        Assert.Contains("0,125 ha", subjects);
        Assert.Contains(Zl(1237.50m), subjects);
        Assert.Contains("PN.3120.", page.QuerySelector("#decyzje")!.TextContent);
        var operation = page.QuerySelector("#operacje tbody tr")!.TextContent;
        Assert.Contains("Wpłata w kasie urzędu", operation);
        Assert.Contains(Zl(300m), operation);
        Assert.Contains("urząd (system podatkowy)", operation);

        var (_, paid) = await Html.GetAsync(client, $"/{Gmina}{TaxesPaths.Card(card.Number, CardFilter.Paid)}");
        Assert.Single(paid.QuerySelectorAll("table.instalments tbody tr"));
        var (_, toPay) = await Html.GetAsync(client, $"/{Gmina}{TaxesPaths.Card(card.Number, CardFilter.ToPay)}");
        Assert.Equal(2, toPay.QuerySelectorAll("table.instalments tbody tr").Length);
        Assert.Equal(Zl(6234.56m + interest), toPay.QuerySelectorAll("table.instalments tfoot td.num").Last().TextContent.Trim());
    }

    [Fact]
    public async Task Another_persons_card_a_made_up_number_and_another_tenants_card_are_all_404()
    {
        var (email, id) = await TaxCardSeed.CitizenAsync(app, Gmina, verified: true);
        await TaxCardSeed.CardAsync(app, Gmina, id, (Today.AddDays(30), 100m));
        var (_, otherId) = await TaxCardSeed.CitizenAsync(app, Gmina, verified: true);
        var others = await TaxCardSeed.CardAsync(app, Gmina, otherId, (Today.AddDays(30), 100m));
        var unlinked = await TaxCardSeed.CardAsync(app, Gmina, null, (Today.AddDays(30), 100m));
        var elsewhere = await TaxCardSeed.CardAsync(app, "kozy", null, (Today.AddDays(30), 100m));
        var client = await StaffAccounts.SignInAsync(app.App, Gmina, email);

        foreach (var number in new[] { others.Number, unlinked.Number, elsewhere.Number, "N/00000000" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{Gmina}{TaxesPaths.Card(number)}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{Gmina}{TaxesPaths.Transfer(number)}")).StatusCode);
        }
        var (_, list) = await Html.GetAsync(client, $"/{Gmina}{TaxesPaths.MyCards}");
        Assert.Single(list.QuerySelectorAll("#kartoteki tbody tr"));
    }

    [Fact]
    public async Task Paying_online_sends_Payments_an_order_of_the_ticked_instalments_with_interest_and_redirects_to_the_gateway()
    {
        var (email, id) = await TaxCardSeed.CitizenAsync(app, Gmina, verified: true);
        var card = await TaxCardSeed.CardAsync(app, Gmina, id, (Today.AddDays(-100), 5000m), (Today.AddDays(60), 1234.56m), (Today.AddDays(120), 99m));
        var interest = ArrearsInterest.Compute(5000m, Today.AddDays(-100), Today, InterestRateTable.Statutory).Charged;
        var client = await StaffAccounts.SignInAsync(app.App, Gmina, email);
        var url = $"/{Gmina}{TaxesPaths.Card(card.Number)}";

        // The browser follows the post's redirect to the gateway only if the page's CSP lets its forms go there.
        using (var page = await client.GetAsync(url))
            Assert.Contains("form-action 'self' https://bramka.example.test;", string.Join(",", page.Headers.GetValues("Content-Security-Policy")));

        // Nothing ticked: the error next to the table and in the summary; the page keeps its key.
        var (form, key) = await FormAsync(client, url);
        var (none, nonePage) = await PostAsync(client, url, "Online", form, []);
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Equal("Zaznacz co najmniej jedną nieopłaconą ratę.", nonePage.FieldError("Raty"));
        Assert.Contains("Zaznacz co najmniej jedną nieopłaconą ratę.", nonePage.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("#Raty", nonePage.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal(key, nonePage.QuerySelector("input[name=Klucz]")!.GetAttribute("value"));
        Assert.Empty(app.Payments.Orders);

        var (started, _) = await PostAsync(client, url, "Online", form, [card.Instalments[0], card.Instalments[1]]);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal(RecordingOnlinePayments.GatewayUrl(key), started.Headers.Location);
        var order = Assert.Single(app.Payments.Orders);
        Assert.Equal((TaxesModule.ModuleName, id, email, key, TaxesPaths.Card(card.Number)),
            (order.Source, order.PayerUserId, order.PayerEmail, order.IdempotencyKey, order.ReturnPath));
        Assert.Equal([(InstalmentRefs.For(card.Instalments[0]), 5000m + interest), (InstalmentRefs.For(card.Instalments[1]), 1234.56m)],
            order.Lines.Select(l => (l.ItemRef, l.Amount)));

        // While that payment is in flight its instalments cannot be ticked again.
        // The second is paid by a co-obligor: in flight for this citizen too, but only their own payment links its return page.
        var (first, second) = (InstalmentRefs.For(card.Instalments[0]), InstalmentRefs.For(card.Instalments[1]));
        app.Payments.InFlight[first] = id;
        app.Payments.InFlight[second] = Guid.NewGuid();
        var (_, inFlight) = await Html.GetAsync(client, url);
        var rows = inFlight.QuerySelectorAll("table.instalments tbody tr").ToList();
        Assert.All(rows.Take(2), r => Assert.Null(r.QuerySelector("input[type=checkbox]")));
        Assert.All(rows.Take(2), r => Assert.Contains("płatność w toku", r.TextContent));
        Assert.EndsWith(PaymentsPaths.Return(RecordingOnlinePayments.PaymentIdOf(first)), rows[0].QuerySelector("a[href*='powrot']")!.GetAttribute("href"));
        Assert.Null(rows[1].QuerySelector("a[href*='powrot']"));
        Assert.True(rows[2].QuerySelector("input[type=checkbox]")!.HasAttribute("checked"));
        var (refused, refusedPage) = await PostAsync(client, url, "Online", form, [card.Instalments[0]]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull(refusedPage.FieldError("Raty"));
        Assert.Single(app.Payments.Orders);

        // The gateway down: a Polish explanation, nothing else.
        app.Payments.Failing = true;
        try
        {
            var (failed, failedPage) = await PostAsync(client, url, "Online", form, [card.Instalments[2]]);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            Assert.Contains(RecordingOnlinePayments.DownMessage, failedPage.QuerySelector(".error-summary")!.TextContent);
        }
        finally
        {
            app.Payments.Failing = false;
            app.Payments.InFlight.Clear();
        }
    }

    [Fact]
    public async Task The_transfer_form_shows_the_cards_account_title_and_amount_and_its_QR_code_decodes_to_the_ZBP_payload()
    {
        var (email, id) = await TaxCardSeed.CitizenAsync(app, Gmina, verified: true);
        var card = await TaxCardSeed.CardAsync(app, Gmina, id, (Today.AddDays(-100), 500m), (Today.AddDays(-5), 250.25m), (Today.AddDays(60), 1234.56m));
        var interest = ArrearsInterest.Compute(500m, Today.AddDays(-100), Today, InterestRateTable.Statutory).Charged;
        var client = await StaffAccounts.SignInAsync(app.App, Gmina, email);
        var url = $"/{Gmina}{TaxesPaths.Card(card.Number)}";
        var tenant = (await app.App.Services.GetRequiredService<TenantRegistry>().FindBySlugAsync(Gmina))!;

        var (form, _) = await FormAsync(client, url);
        var (chosen, _) = await PostAsync(client, url, "Transfer", form, [card.Instalments[1], card.Instalments[2]]);
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal($"/{Gmina}{TaxesPaths.Transfer(card.Number, [card.Instalments[1], card.Instalments[2]])}", chosen.Headers.Location!.OriginalString);

        var year = Today.AddDays(-5).Year;
        var (_, page) = await Html.GetAsync(client, chosen.Headers.Location!.OriginalString);
        var title = $"{card.Number} 2/{Today.AddDays(-5).Year} 3/{Today.AddDays(60).Year}";
        Assert.Equal("02 1090 1014 1234 5678 0000 0042", page.QuerySelector("#rachunek")!.TextContent.Trim());
        Assert.Equal(title, page.QuerySelector("#tytul")!.TextContent.Trim());
        Assert.Equal(Zl(250.25m + 1234.56m), page.QuerySelector("#kwota")!.TextContent.Trim());
        Assert.Contains(tenant.OfficeName, page.QuerySelector("#odbiorca")!.TextContent);
        Assert.Contains(tenant.Profile.Address.City, page.QuerySelector("#odbiorca")!.TextContent);
        var expected = TransferQrPayload.Build(null, TaxCardSeed.Account, 250.25m + 1234.56m, tenant.Name, title);
        var decoded = QrSvgDecoder.Decode(page.QuerySelector("#kod-qr svg")!.OuterHtml);
        Assert.Equal(QrSvgDecoder.Bytes(expected), QrSvgDecoder.Bytes(decoded));

        // Without a choice: everything due today (both overdue instalments, with interest); the future one waits.
        var (_, due) = await Html.GetAsync(client, $"/{Gmina}{TaxesPaths.Transfer(card.Number)}");
        Assert.Equal(Zl(500m + interest + 250.25m), due.QuerySelector("#kwota")!.TextContent.Trim());
        var dueTitle = $"{card.Number} 1/{Today.AddDays(-100).Year} 2/{year}";
        Assert.Equal(QrSvgDecoder.Bytes(TransferQrPayload.Build(null, TaxCardSeed.Account, 500m + interest + 250.25m, tenant.Name, dueTitle)),
            QrSvgDecoder.Bytes(QrSvgDecoder.Decode(due.QuerySelector("#kod-qr svg")!.OuterHtml)));
    }

    private static string Zl(decimal amount) => MoneyFormat.Zloty(amount);

    private static IEnumerable<string> Money(AngleSharp.Dom.IElement row) => row.QuerySelectorAll("td.num").Select(td => td.TextContent.Trim());

    // The page's hidden fields (antiforgery token, idempotency key) and the key itself.
    private static async Task<(List<KeyValuePair<string, string>> Hidden, string Key)> FormAsync(HttpClient client, string url)
    {
        var page = await Parser.ParseDocumentAsync(await client.GetStringAsync(url));
        var hidden = page.QuerySelectorAll("main form[method=post] input[type=hidden]")
            .Select(i => KeyValuePair.Create(i.GetAttribute("name")!, i.GetAttribute("value") ?? "")).ToList();
        return (hidden, hidden.Single(h => h.Key == "Klucz").Value);
    }

    private static async Task<(HttpResponseMessage, IHtmlDocument)> PostAsync(HttpClient client, string url, string handler, List<KeyValuePair<string, string>> hidden, IEnumerable<Guid> ticked)
    {
        var fields = hidden.Concat(ticked.Select(t => KeyValuePair.Create("Raty", t.ToString()))).ToList();
        var response = await client.PostAsync($"{url}?handler={handler}", new FormUrlEncodedContent(fields));
        return (response, await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync()));
    }
}
