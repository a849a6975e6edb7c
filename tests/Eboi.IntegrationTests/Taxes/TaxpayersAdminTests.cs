using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Eboi.Core.Audit;
using Eboi.Core.Security;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.Taxes;
using Eboi.Taxes.Domain;
using Microsoft.EntityFrameworkCore;
using static Eboi.IntegrationTests.Taxes.TaxTestData;

namespace Eboi.IntegrationTests.Taxes;

/// <summary>
/// The staff side through the real pages: a tax clerk finds a taxpayer (PESEL masked), opens them (audited: who,
/// whose, when), links them by hand to a verified account and unlinks (both audited); the CSV upload goes through the
/// real form (antiforgery, multipart) and lists bad rows with their lines; staff without the permission get 403.
/// </summary>
public sealed class TaxpayersAdminTests : FreshAppTest
{
    private const string Gmina = "siedlec";
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task A_clerk_searches_opens_links_and_unlinks_a_taxpayer_and_every_step_is_audited()
    {
        await PostAsync(App.CreateClient(), Gmina, await KeyAsync(App, Gmina, ApiKeyScopes.Taxes), GoodBatch());
        var (clerkEmail, clerkId) = await StaffAccounts.CreateAsync(App, Gmina, "Referent podatkowy");
        var clerk = await StaffAccounts.SignInAsync(App, Gmina, clerkEmail);

        var list = await clerk.GetStringAsync($"/{Gmina}{TaxesPaths.AdminTaxpayers}?q=Testowa");
        Assert.Contains("Anna Testowa", list);
        Assert.Contains("•••••••2344", list);
        Assert.DoesNotContain(Pesel1, list);

        // The company (T-2) has no account with its NIP: link it by hand to a verified account found by e-mail.
        var company = await InTenantAsync(App, Gmina, db => db.Set<Taxpayer>().SingleAsync(t => t.ExternalId == "T-2"));
        var account = await VerifiedCitizenAsync(App, Gmina, Pesel2, "wlasciciel.firmy@example.test");
        var page = $"/{Gmina}{TaxesPaths.AdminTaxpayer(company.Id)}";
        var opened = await clerk.GetStringAsync(page + "?konto=wlasciciel.firmy");
        Assert.Contains("LZP/T/0001", opened);
        Assert.Contains("Anna Testowa", opened);   // co-obligor on the shared card
        var (linked, _) = await FormPost.SubmitAsync(clerk, page + "?konto=wlasciciel.firmy", new Dictionary<string, string> { ["userId"] = account.ToString() }, "form[action*='handler=Link']");
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        var after = await InTenantAsync(App, Gmina, db => db.Set<Taxpayer>().SingleAsync(t => t.Id == company.Id));
        Assert.Equal((account, TaxpayerLink.Staff), (after.UserId, after.LinkedBy));

        var (unlinked, _) = await FormPost.SubmitAsync(clerk, page, new Dictionary<string, string>(), "form[action*='handler=Unlink']");
        Assert.Equal(HttpStatusCode.Redirect, unlinked.StatusCode);
        Assert.Null((await InTenantAsync(App, Gmina, db => db.Set<Taxpayer>().SingleAsync(t => t.Id == company.Id))).UserId);

        var audit = await InTenantAsync(App, Gmina, db => db.Set<AuditEntry>().Where(e => e.Subject.Contains("(T-2)")).OrderBy(e => e.Id).ToListAsync());
        // Opened by hand, opened again by the link form's page, linked, opened by the unlink form's page, unlinked.
        Assert.Equal([TaxesAuditEvents.TaxpayerViewed.Name, TaxesAuditEvents.TaxpayerViewed.Name, TaxesAuditEvents.TaxpayerLinked.Name, TaxesAuditEvents.TaxpayerViewed.Name, TaxesAuditEvents.TaxpayerUnlinked.Name],
            audit.Select(e => e.Event));
        Assert.All(audit, e => Assert.Equal(clerkId, e.ActorId));
        Assert.All(audit, e => Assert.Equal("Firma Testowa sp. z o.o. (T-2)", e.Subject));
        // The search itself is recorded with its phrase and how many it showed.
        var search = await InTenantAsync(App, Gmina, db => db.Set<AuditEntry>().SingleAsync(e => e.Event == TaxesAuditEvents.TaxpayersSearched.Name));
        Assert.Equal(clerkId, search.ActorId);
        Assert.Contains("„Testowa”", search.Details);
        Assert.Contains("wyników: 2", search.Details);
    }

    [Fact]
    public async Task Staff_without_the_permissions_get_403_and_a_view_only_clerk_cannot_link()
    {
        var (editorEmail, _) = await StaffAccounts.CreateAsync(App, Gmina, "Redaktor");
        var editor = await StaffAccounts.SignInAsync(App, Gmina, editorEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/{Gmina}{TaxesPaths.AdminTaxpayers}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/{Gmina}{TaxesPaths.AdminImport}")).StatusCode);
        var taxpayer = await InTenantAsync(App, Gmina, db => db.Set<Taxpayer>().FirstAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/{Gmina}{TaxesPaths.AdminTaxpayer(taxpayer.Id)}")).StatusCode);
        Assert.Equal(0, await InTenantAsync(App, Gmina, db => db.Set<AuditEntry>().CountAsync(e => e.Event == TaxesAuditEvents.TaxpayerViewed.Name)));
    }

    [Fact]
    public async Task A_csv_upload_through_the_form_imports_good_rows_and_lists_bad_ones_with_their_lines()
    {
        var (clerkEmail, _) = await StaffAccounts.CreateAsync(App, Gmina, "Referent podatkowy");
        var clerk = await StaffAccounts.SignInAsync(App, Gmina, clerkEmail);
        var csv = string.Join("\n",
            "# eksport z systemu podatkowego",
            $"podatnik;C-1;Jan Csv;{Pesel2};;ul. Polna 2",
            "podatnik;C-2;Zły PESEL;85031512345;;",
            $"karta;CK-1;ODP/C/1;odpady;2026;{Nrb};C-1",
            "przedmiot;CK-1;Gospodarstwo domowe, 2 osoby;2;os.;;33,00;792,00",
            $"karta;CK-2;ODP/C/2;odpady;2026;{Nrb};C-1",
            "przedmiot;CK-2;Zepsuty przedmiot;abc;os.;;33,00;792,00",
            "decyzja;CD-1;CK-1;N/C/1;2026-02-10",
            "rata;CD-1;1;2026-03-15;198,00",
            "rata;CD-1;2;2026-05-15;198,00",
            "wplata;CW-1;CK-1;2026-03-01;198,00;\"Rata 1; odpady\"",
            "rata;CD-NIEMA;1;2026-03-15;10,00");
        var (response, doc) = await UploadAsync(clerk, Encoding.UTF8.GetBytes(csv), "eksport.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rejected = doc.QuerySelectorAll("tr.import-rejected").Select(r => r.TextContent).ToList();
        Assert.Contains(rejected, r => r.Contains("C-2") && r.Contains("wiersz 3") && r.Contains("PESEL"));
        Assert.Contains(rejected, r => r.Contains("CK-2") && r.Contains("Wiersz 7") && r.Contains("abc"));
        Assert.Contains(rejected, r => r.Contains("CD-NIEMA") && r.Contains("Wiersz 12"));
        Assert.Equal(3, rejected.Count);
        Assert.Equal(4, doc.QuerySelectorAll("tr.import-accepted").Length);

        var (cards, instalments, paid) = await InTenantAsync(App, Gmina, async db => (
            await db.Set<TaxCard>().Where(c => c.ExternalId.StartsWith("CK-")).Select(c => c.ExternalId).ToListAsync(),
            await db.Set<Instalment>().CountAsync(i => db.Set<TaxCard>().Any(c => c.Id == i.CardId && c.ExternalId == "CK-1")),
            await db.Set<TaxOperation>().Where(o => o.ExternalId == "CW-1").Select(o => o.Title).SingleAsync()));
        Assert.Equal(["CK-1"], cards);   // CK-2 lost a subject row, so none of it landed
        Assert.Equal(2, instalments);
        Assert.Equal("Rata 1; odpady", paid);
        Assert.Contains(await InTenantAsync(App, Gmina, db => db.Set<AuditEntry>().Where(e => e.Event == TaxesAuditEvents.Imported.Name).Select(e => e.Subject).ToListAsync()), s => s.Contains("eksport.csv"));

        // A file that is not this CSV is refused by its content, whatever its name.
        var (binary, binaryDoc) = await UploadAsync(clerk, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF], "eksport.csv");
        Assert.Equal(HttpStatusCode.OK, binary.StatusCode);
        Assert.Contains("To nie jest plik CSV importu kartotek", binaryDoc.FieldError("Upload"));

        // The example on the page is a valid import.
        var example = await clerk.GetAsync($"/{Gmina}{TaxesPaths.AdminImport}?handler=Example");
        Assert.Equal("text/csv", example.Content.Headers.ContentType!.MediaType);
        var (exampleResponse, exampleDoc) = await UploadAsync(clerk, await example.Content.ReadAsByteArrayAsync(), "przyklad.csv");
        Assert.Equal(HttpStatusCode.OK, exampleResponse.StatusCode);
        Assert.Empty(exampleDoc.QuerySelectorAll("tr.import-rejected"));
        Assert.Equal(5, exampleDoc.QuerySelectorAll("tr.import-accepted").Length);
    }

    private static async Task<(HttpResponseMessage, AngleSharp.Html.Dom.IHtmlDocument)> UploadAsync(HttpClient client, byte[] content, string name)
    {
        var url = $"/{Gmina}{TaxesPaths.AdminImport}";
        var page = await Parser.ParseDocumentAsync(await client.GetStringAsync(url));
        var token = page.QuerySelector("main form[enctype] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "Upload", name },
        };
        var response = await client.PostAsync(url, form);
        return (response, await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync()));
    }
}
