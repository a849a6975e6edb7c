using System.Net;
using System.Text;
using Eboi.Cases;
using Eboi.Cases.Domain;
using Eboi.Core.Audit;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Microsoft.EntityFrameworkCore;
using static Eboi.IntegrationTests.Cases.CasesTestData;

namespace Eboi.IntegrationTests.Cases;

/// <summary>
/// The staff register of a gmina without an EZD: a case gets a znak from unit, JRWA class and the next free number of
/// the year (skipping numbers the EZD or the demo used); the officer, a stage (with its status) and an outgoing PDF
/// (refused when it is not a PDF by content) are added; the party sees the document in Odebrane and is e-mailed through
/// the workflows; every staff opening of a case or file is audited.
/// </summary>
public sealed class CaseRegisterAdminTests : FreshAppTest
{
    private const string Gmina = "pokrzywnica";
    [Fact]
    public async Task A_clerk_creates_a_case_with_a_generated_znak_assigns_an_officer_adds_a_stage_and_sends_a_pdf_the_party_sees_and_is_told_of()
    {
        var party = $"strona.{Guid.NewGuid():N}@example.test";
        await CitizenAsync(App, Gmina, Pesel1, party);
        var (clerk, _) = await StaffAccounts.CreateAsync(App, Gmina, "Urzędnik");
        var staff = await StaffAccounts.SignInAsync(App, Gmina, clerk);
        var year = DateTime.UtcNow.Year;

        var (invalid, errors) = await FormPost.SubmitAsync(staff, $"/{Gmina}{CasesPaths.AdminNew}", new Dictionary<string, string>
        {
            ["Form.Unit"] = "ZT", ["Form.Jrwa"] = "31200", ["Form.Title"] = "", ["Form.PartyName"] = "Anna Testowa", ["Form.Pesel"] = "85031512345",
        });
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("od 1 do 4 cyfr", errors.FieldError("Form_Jrwa"));
        Assert.Equal("Wpisz tytuł sprawy", errors.FieldError("Form_Title"));
        Assert.Contains("PESEL jest nieprawidłowy", errors.FieldError("Form_Pesel"));
        Assert.Equal("ZT", errors.QuerySelector("#Form_Unit")!.GetAttribute("value"));

        async Task<(Guid Id, string Sign)> CreateAsync(string unit, string jrwa, string title)
        {
            var (created, _) = await FormPost.SubmitAsync(staff, $"/{Gmina}{CasesPaths.AdminNew}", new Dictionary<string, string>
            {
                ["Form.Unit"] = unit, ["Form.Jrwa"] = jrwa, ["Form.JrwaName"] = "Podatek od nieruchomości", ["Form.Title"] = title,
                ["Form.PartyName"] = "Anna Testowa", ["Form.Pesel"] = Pesel1,
            });
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
            var id = Guid.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
            return (id, await InTenantAsync(App, Gmina, db => db.Set<Case>().Where(c => c.Id == id).Select(c => c.Sign).SingleAsync()));
        }
        var first = await CreateAsync("ZT", "3120", "Ulga w podatku rolnym");
        Assert.Equal($"ZT.3120.1.{year}", first.Sign);
        Assert.Equal($"ZT.3120.2.{year}", (await CreateAsync("ZT", "3120", "Druga")).Sign);
        Assert.Equal($"ZT.3125.1.{year}", (await CreateAsync("ZT", "3125", "Inna klasa")).Sign);
        // The EZD (here: the demo data of this gmina) already used FN.3120.1-3 of this year: the register skips them.
        var demoTaken = await InTenantAsync(App, Gmina, db => db.Set<Case>().CountAsync(c => c.Sign.StartsWith("FN.3120.")));
        Assert.Equal($"FN.3120.{demoTaken + 1}.{year}", (await CreateAsync("FN", "3120", "Po danych z EZD")).Sign);

        var page = $"/{Gmina}{CasesPaths.AdminCase(first.Id)}";
        var officer = $"referent.{Guid.NewGuid():N}@example.test";
        var (badOfficer, officerErrors) = await FormPost.SubmitAsync(staff, page, new Dictionary<string, string> { ["Officer.Name"] = "Jan Referent", ["Officer.Email"] = "nie-adres" }, "form[action*='handler=Officer']");
        Assert.Equal(HttpStatusCode.OK, badOfficer.StatusCode);
        Assert.Contains("poprawnej postaci", officerErrors.FieldError("Officer_Email"));
        var (okOfficer, _) = await FormPost.SubmitAsync(staff, page, new Dictionary<string, string>
            { ["Officer.Name"] = "Jan Referent", ["Officer.Department"] = "Referat Rolny", ["Officer.Email"] = officer }, "form[action*='handler=Officer']");
        Assert.Equal(HttpStatusCode.Redirect, okOfficer.StatusCode);

        var (stage, _) = await FormPost.SubmitAsync(staff, page, new Dictionary<string, string>
            { ["Stage.Name"] = "Wydanie decyzji", ["Stage.Date"] = "", ["Stage.Status"] = CaseStatuses.Closed, ["Stage.Note"] = "Decyzja doręczona w portalu." }, "form[action*='handler=Stage']");
        Assert.Equal(HttpStatusCode.Redirect, stage.StatusCode);
        var closed = await InTenantAsync(App, Gmina, db => db.Set<Case>().SingleAsync(c => c.Id == first.Id));
        Assert.Equal((CaseStatuses.Closed, "Jan Referent", officer), (closed.Status, closed.OfficerName, closed.OfficerEmail));
        Assert.NotNull(closed.ClosedOn);
        var stageMail = await CaughtMail.WaitForMessageTo(party, $"Sprawa {first.Sign}: Wydanie decyzji");
        Assert.Contains("zakończona", stageMail.Text);

        var notPdf = await SendDocumentAsync(staff, page, "Decyzja", "skan.pdf", Encoding.ASCII.GetBytes("GIF89a to nie jest PDF"));
        Assert.Equal(HttpStatusCode.OK, notPdf.Response.StatusCode);
        Assert.Contains("nie jest dokumentem PDF", notPdf.Document.FieldError("Plik"));
        Assert.Equal("Decyzja", notPdf.Document.QuerySelector("#Document_Title")!.GetAttribute("value"));
        var sent = await SendDocumentAsync(staff, page, "Decyzja o uldze", "decyzja.pdf", Pdf);
        Assert.Equal(HttpStatusCode.Redirect, sent.Response.StatusCode);
        var docMail = await CaughtMail.WaitForMessageTo(party, $"Nowe pismo w sprawie {first.Sign}");
        Assert.Contains("Decyzja o uldze", docMail.Text);

        var citizen = await StaffAccounts.SignInAsync(App, Gmina, party);
        var (_, received) = await Html.GetAsync(citizen, $"/{Gmina}{CasesPaths.Correspondence}");
        Assert.Contains("Decyzja o uldze", received.QuerySelector("#korespondencja tbody")!.TextContent);
        var (_, casePage) = await Html.GetAsync(citizen, $"/{Gmina}{CasesPaths.Case(first.Sign)}");
        var fileLink = casePage.QuerySelector("a[href*='/pisma/']")!.GetAttribute("href")!;
        Assert.Equal(Pdf, await (await citizen.GetAsync(fileLink)).Content.ReadAsByteArrayAsync());

        // Staff openings of the case and of its file are in the audit log; so are the changes.
        var (_, adminPage) = await Html.GetAsync(staff, page);
        var adminFile = adminPage.QuerySelector("main a[href*='/pliki/']")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(adminFile)).StatusCode);
        var audit = await InTenantAsync(App, Gmina, db => db.Set<AuditEntry>().Where(e => e.Subject == $"sprawa {first.Sign}").Select(e => e.Event).ToListAsync());
        foreach (var e in new[] { CasesAuditEvents.CaseCreated, CasesAuditEvents.CaseViewed, CasesAuditEvents.OfficerAssigned, CasesAuditEvents.StageAdded,
                     CasesAuditEvents.DocumentSent, CasesAuditEvents.DocumentViewed })
            Assert.Contains(e.Name, audit);
    }

    [Fact]
    public async Task A_file_is_served_to_staff_only_through_its_own_case()
    {
        var (clerk, _) = await StaffAccounts.CreateAsync(App, Gmina, "Urzędnik");
        var staff = await StaffAccounts.SignInAsync(App, Gmina, clerk);
        var (created, _) = await FormPost.SubmitAsync(staff, $"/{Gmina}{CasesPaths.AdminNew}", new Dictionary<string, string>
            { ["Form.Unit"] = "ZT", ["Form.Jrwa"] = "1", ["Form.Title"] = "Sprawa", ["Form.PartyName"] = "X", ["Form.Nip"] = Nip });
        var id = Guid.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        var demoFile = await InTenantAsync(App, Gmina, db => db.Set<DocumentFile>().Select(f => f.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/{Gmina}{CasesPaths.AdminFile(id, demoFile)}")).StatusCode);
        var demoCase = await InTenantAsync(App, Gmina, db => db.Set<CaseDocument>()
            .Where(d => db.Set<DocumentFile>().Any(f => f.Id == demoFile && f.DocumentId == d.Id)).Select(d => d.CaseId).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/{Gmina}{CasesPaths.AdminFile(demoCase, demoFile)}")).StatusCode);
    }
}
