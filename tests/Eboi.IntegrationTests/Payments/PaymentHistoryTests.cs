using System.Net;
using AngleSharp.Html.Parser;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.Payments;

namespace Eboi.IntegrationTests.Payments;

/// <summary>/platnosci/historia shows a citizen their own payments, newest first, a page at a time; never another person's or another gmina's.</summary>
public sealed class PaymentHistoryTests : FreshAppTest
{
    private static readonly HtmlParser Parser = new();
    private const string Gmina = "siedlec";
    private const string OtherGmina = "kozy";

    [Fact]
    public async Task A_citizen_sees_only_their_own_payments_with_states_and_lines_and_pages()
    {
        var (anna, annaId) = await StaffAccounts.CreateAsync(App, Gmina);
        var (bartek, bartekId) = await StaffAccounts.CreateAsync(App, Gmina);
        var (cezary, cezaryId) = await StaffAccounts.CreateAsync(App, OtherGmina);
        var now = DateTimeOffset.UtcNow;

        var older = await PaymentRows.AddAsync(App, Gmina, new(annaId, anna, "Podatek od nieruchomości 2026", 250m, PaymentState.Paid, 1.25m, now.AddDays(-3),
            Lines: [("Podatek od nieruchomości, rata 1/2026", 125m), ("Podatek od nieruchomości, rata 2/2026", 125m)]));
        var newer = await PaymentRows.AddAsync(App, Gmina, new(annaId, anna, "Opłata za odpady, rata 3", 84m, PaymentState.Started, CreatedAt: now.AddDays(-1)));
        var bartekPayment = await PaymentRows.AddAsync(App, Gmina, new(bartekId, bartek, "Podatek rolny Bartka", 99m));
        // Same payer id in another gmina (as if the id leaked): the tenant's filter and RLS still keep it out.
        var otherTenant = await PaymentRows.AddAsync(App, OtherGmina, new(annaId, anna, "Kozy: wpłata spoza gminy", 10m));
        var cezaryPayment = await PaymentRows.AddAsync(App, OtherGmina, new(cezaryId, cezary, "Podatek Cezarego", 11m));

        var page = Parser.ParseDocument(await (await StaffAccounts.SignInAsync(App, Gmina, anna)).GetStringAsync($"/{Gmina}{PaymentsPaths.History}"));
        var rows = page.QuerySelectorAll("table.payment-history tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(newer, rows[0][0]);
        Assert.Equal("rozpoczęta", rows[0][6]);
        Assert.Equal(older, rows[1][0]);
        Assert.Contains("Podatek od nieruchomości 2026", rows[1][2]);
        Assert.Contains("Podatek od nieruchomości, rata 2/2026: 125,00\u00A0zł", rows[1][2]);
        Assert.Equal("250,00\u00A0zł", rows[1][3]);
        Assert.Equal("1,25\u00A0zł", rows[1][4]);
        Assert.Equal("251,25\u00A0zł", rows[1][5]);
        Assert.Equal("opłacona", rows[1][6]);
        var text = page.Body!.TextContent;
        Assert.DoesNotContain(bartekPayment, text);
        Assert.DoesNotContain(otherTenant, text);
        Assert.DoesNotContain("Bartka", text);

        var ofBartek = await (await StaffAccounts.SignInAsync(App, Gmina, bartek)).GetStringAsync($"/{Gmina}{PaymentsPaths.History}");
        Assert.Contains(bartekPayment, ofBartek);
        Assert.DoesNotContain(older, ofBartek);
        Assert.DoesNotContain(newer, ofBartek);

        var ofCezary = await (await StaffAccounts.SignInAsync(App, OtherGmina, cezary)).GetStringAsync($"/{OtherGmina}{PaymentsPaths.History}");
        Assert.Contains(cezaryPayment, ofCezary);
        Assert.DoesNotContain(older, ofCezary);
        Assert.DoesNotContain(otherTenant, ofCezary);

        // A newcomer has none, and is told so.
        var (dorota, _) = await StaffAccounts.CreateAsync(App, Gmina);
        var empty = await (await StaffAccounts.SignInAsync(App, Gmina, dorota)).GetStringAsync($"/{Gmina}{PaymentsPaths.History}");
        Assert.Contains("Nie masz jeszcze żadnych płatności internetowych.", empty);

        // Signed out: the login page.
        var anonymous = await App.CreateClient(new() { AllowAutoRedirect = false }).GetAsync($"/{Gmina}{PaymentsPaths.History}");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [Fact]
    public async Task Twenty_five_payments_make_two_pages_newest_first()
    {
        var (ewa, ewaId) = await StaffAccounts.CreateAsync(App, Gmina);
        var start = DateTimeOffset.UtcNow.AddDays(-30);
        var references = new List<string>();
        for (var i = 0; i < 25; i++)
            references.Add(await PaymentRows.AddAsync(App, Gmina, new(ewaId, ewa, $"Rata {i + 1}", 10m + i, CreatedAt: start.AddHours(i))));
        var client = await StaffAccounts.SignInAsync(App, Gmina, ewa);

        var first = Parser.ParseDocument(await client.GetStringAsync($"/{Gmina}{PaymentsPaths.History}"));
        var second = Parser.ParseDocument(await client.GetStringAsync($"/{Gmina}{PaymentsPaths.History}?strona=2"));
        string[] Numbers(AngleSharp.Html.Dom.IHtmlDocument d) => d.QuerySelectorAll("table.payment-history tbody tr td:first-child").Select(c => c.TextContent.Trim()).ToArray();

        references.Reverse();
        Assert.Equal(references.Take(20), Numbers(first));
        Assert.Equal(references.Skip(20), Numbers(second));
        Assert.Contains("Strona 1 z 2", first.QuerySelector("nav.pagination")!.TextContent);
        Assert.NotNull(first.QuerySelector("nav.pagination a[rel=next]"));
        Assert.Null(second.QuerySelector("nav.pagination a[rel=next]"));
    }
}
