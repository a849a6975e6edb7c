using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Eboi.Core.Audit;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.IntegrationTests.Workflows;
using Eboi.Payments;
using Microsoft.EntityFrameworkCore;

namespace Eboi.IntegrationTests.Payments;

/// <summary>
/// /admin/platnosci for staff holding payments.view: search, filters, paging, a payment's lines and notification journal
/// (never its raw body), the CSV export; each look audited; citizens and staff without the permission are refused.
/// </summary>
public sealed class PaymentsAdminTests : FreshAppTest
{
    private static readonly HtmlParser Parser = new();
    private const string Gmina = "siedlec";

    private static List<string> Numbers(IHtmlDocument page) =>
        page.QuerySelectorAll("main table tbody tr td:first-child").Select(c => c.TextContent.Trim()).ToList();

    [Fact]
    public async Task Staff_search_and_filter_payments_open_one_and_every_look_is_audited()
    {
        var (clerk, clerkId) = await StaffAccounts.CreateAsync(App, Gmina, "Referent podatkowy");
        var staff = await StaffAccounts.SignInAsync(App, Gmina, clerk);
        var (jan, janId) = await StaffAccounts.CreateAsync(App, Gmina);
        var (ola, olaId) = await StaffAccounts.CreateAsync(App, Gmina);
        var jan2026 = new DateTimeOffset(2026, 1, 10, 12, 0, 0, TimeSpan.Zero);

        var janPaid = await PaymentRows.AddAsync(App, Gmina, new(janId, jan, "Podatek od nieruchomości, rata 1", 300m, PaymentState.Paid, 1.5m, jan2026,
            Lines: [("Podatek od nieruchomości, rata 1/2026", 300m)]),
            ("przyjete", "Kwota i podpis zgodne; weryfikacja udana.", "{\"sign\":\"SEKRETNY-PODPIS-123\"}"),
            ("duplikat", "Płatność już opłacona.", "{\"sign\":\"SEKRETNY-PODPIS-123\"}"));
        var janStarted = await PaymentRows.AddAsync(App, Gmina, new(janId, jan, "Opłata za odpady, rata 2", 42m, PaymentState.Started, CreatedAt: jan2026.AddDays(20)));
        var olaRejected = await PaymentRows.AddAsync(App, Gmina, new(olaId, ola, "Podatek rolny Oli", 77m, PaymentState.Rejected, CreatedAt: jan2026.AddDays(40), Source: "Inne"));
        var foreign = await PaymentRows.AddAsync(App, "kozy", new(janId, jan, "Płatność w Kozach", 5m, CreatedAt: jan2026));

        async Task<IHtmlDocument> List(string query) => Parser.ParseDocument(await staff.GetStringAsync($"/{Gmina}{PaymentsPaths.Admin}{query}"));

        // No filter: this gmina's payments, newest first; never another gmina's.
        var all = Numbers(await List(""));
        Assert.Equal([olaRejected, janStarted, janPaid], all.Where(n => n.StartsWith("P/", StringComparison.Ordinal)).Take(3));
        Assert.DoesNotContain(foreign, all);

        Assert.Equal([janStarted, janPaid], Numbers(await List("?q=" + Uri.EscapeDataString(jan))));
        Assert.Equal([olaRejected], Numbers(await List("?q=rolny")));
        Assert.Equal([janPaid], Numbers(await List("?q=" + Uri.EscapeDataString(janPaid))));
        Assert.Equal([janStarted], Numbers(await List("?status=rozpoczeta&q=" + Uri.EscapeDataString(jan))));
        Assert.Equal([olaRejected], Numbers(await List("?zrodlo=Inne")));
        Assert.Equal([janStarted], Numbers(await List("?od=2026-01-20&do=2026-02-10")));

        // Bad input: a message next to the field, the summary on top, what was typed kept, and no date filter applied.
        var bad = await List("?od=10.01.2026");
        Assert.Contains("Podaj datę „od” w formacie RRRR-MM-DD", bad.QuerySelector(".error-summary")!.TextContent);
        Assert.Contains("Podaj datę „od” w formacie RRRR-MM-DD", bad.QuerySelector("#Od-error")!.TextContent);
        Assert.Equal("10.01.2026", bad.QuerySelector<IHtmlInputElement>("#Od")!.Value);

        // The detail: lines and the journal's verdicts, never the gateway's raw body with its signature.
        var detailLink = (await List("?q=" + Uri.EscapeDataString(janPaid))).QuerySelector("main table tbody a")!.GetAttribute("href")!;
        Assert.EndsWith(PaymentsPaths.AdminDetail(janPaid), detailLink);
        var detail = await staff.GetStringAsync(detailLink);
        Assert.Contains("Podatek od nieruchomości, rata 1/2026", detail);
        Assert.Contains("Kwota i podpis zgodne; weryfikacja udana.", detail);
        Assert.Contains("powtórzone (bez zmian)", detail);
        Assert.DoesNotContain("SEKRETNY-PODPIS", detail);

        // Another gmina's payment, a made-up one and a malformed number: not found.
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/{Gmina}{PaymentsPaths.AdminDetail(foreign)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/{Gmina}{PaymentsPaths.AdminDetail("P/2026/123456")}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/{Gmina}{PaymentsPaths.Admin}/P-2026-12")).StatusCode);

        var audit = await WorkflowsApp.Query(App, Gmina, db => db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.Event.StartsWith("Payment")).OrderBy(a => a.Id).ToListAsync());
        Assert.All(audit, a => Assert.Equal(clerkId, a.ActorId));
        Assert.Contains(audit, a => a.Event == PaymentsAuditEvents.ListViewed.Name && a.Details!.StartsWith("bez filtrów; wyników: ", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Event == PaymentsAuditEvents.ListViewed.Name && a.Details == $"szukaj: {jan}; status: rozpoczęta; wyników: 1");
        Assert.Contains(audit, a => a.Event == PaymentsAuditEvents.ListViewed.Name && a.Details == "od: 2026-01-20; do: 2026-02-10; wyników: 1");
        Assert.Contains(audit, a => a.Event == PaymentsAuditEvents.Viewed.Name && a.Subject == janPaid && a.Details == $"płatnik: {jan}");
        Assert.DoesNotContain(audit, a => a.Event == PaymentsAuditEvents.Viewed.Name && a.Subject == foreign);
    }

    [Fact]
    public async Task The_csv_export_has_the_bom_the_filter_neutralised_formulas_and_is_audited()
    {
        var (clerk, clerkId) = await StaffAccounts.CreateAsync(App, Gmina, "Administrator");
        var staff = await StaffAccounts.SignInAsync(App, Gmina, clerk);
        var (jan, janId) = await StaffAccounts.CreateAsync(App, Gmina);
        var evil = await PaymentRows.AddAsync(App, Gmina, new(janId, jan, "=HYPERLINK(\"http://zly.example\";\"Zapłać\")", 12.34m, PaymentState.Paid, 0.5m,
            Lines: [("+48 600 100 200", 12.34m)]));
        var other = await PaymentRows.AddAsync(App, Gmina, new(janId, jan, "Podatek leśny", 3m, PaymentState.Cancelled));

        var list = Parser.ParseDocument(await staff.GetStringAsync($"/{Gmina}{PaymentsPaths.Admin}?status=oplacona"));
        var exportHref = list.QuerySelector($"main a[href*='{PaymentsPaths.AdminExport}']")!.GetAttribute("href")!;
        Assert.Contains("status=oplacona", exportHref);

        var response = await staff.GetAsync(exportHref);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(".csv", response.Content.Headers.ContentDisposition!.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Numer;Utworzona;Zakończona;Status;Źródło;E-mail płatnika;Tytuł;Kwota;Prowizja;Razem;Pozycje", lines[0]);
        var row = Assert.Single(lines, l => l.StartsWith(evil + ";", StringComparison.Ordinal));
        Assert.Contains(";\"'=HYPERLINK(\"\"http://zly.example\"\";\"\"Zapłać\"\")\";", row);
        Assert.Contains(";\"12,34\";\"0,50\";\"12,84\";\"'+48 600 100 200: 12,34\"", row);
        Assert.Contains(";opłacona;", row);
        Assert.DoesNotContain(lines, l => l.StartsWith(other, StringComparison.Ordinal));

        var audited = await WorkflowsApp.Query(App, Gmina, db => db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.Event == PaymentsAuditEvents.Exported.Name).ToListAsync());
        var entry = Assert.Single(audited);
        Assert.Equal(clerkId, entry.ActorId);
        Assert.Equal("status: opłacona; wierszy: 1", entry.Details);
    }

    [Fact]
    public async Task A_citizen_and_staff_without_the_permission_are_refused()
    {
        var (citizen, _) = await StaffAccounts.CreateAsync(App, Gmina);
        var (moderator, _) = await StaffAccounts.CreateAsync(App, Gmina, "Moderator");
        var (jan, janId) = await StaffAccounts.CreateAsync(App, Gmina);
        var reference = await PaymentRows.AddAsync(App, Gmina, new(janId, jan, "Podatek", 1m));
        string[] paths = [PaymentsPaths.Admin, PaymentsPaths.AdminExport, PaymentsPaths.AdminDetail(reference)];

        foreach (var who in new[] { citizen, moderator })
        {
            var client = await StaffAccounts.SignInAsync(App, Gmina, who);
            foreach (var path in paths)
                Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/{Gmina}{path}")).StatusCode);
        }
        var anonymous = App.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var path in paths)
        {
            var answer = await anonymous.GetAsync($"/{Gmina}{path}");
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
            Assert.Contains("/logowanie", answer.Headers.Location!.OriginalString);
        }
        var audited = await WorkflowsApp.Query(App, Gmina, db => db.Set<AuditEntry>().CountAsync(a => a.Event.StartsWith("Payment")));
        Assert.Equal(0, audited);
    }
}
