using System.Net;
using Eboi.Cases;
using Eboi.Cases.Domain;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.Users;
using Microsoft.EntityFrameworkCore;
using static Eboi.IntegrationTests.Cases.CasesTestData;

namespace Eboi.IntegrationTests.Cases;

/// <summary>
/// The citizen side: who sees what (visitor, unverified, verified party); a citizen never reaches another's case or
/// document, by znak or by id, nor another gmina's; "Napisz do prowadzącego" reaches the officer's mail and the EZD's
/// pull, and the register number the EZD gives shows to the citizen; /korespondencja lists Odebrane and Wysłane.
/// </summary>
public sealed class CitizenCasesTests : FreshAppTest
{
    private const string Gmina = "kozy";

    [Fact]
    public async Task A_visitor_is_asked_to_sign_in_and_an_unverified_citizen_how_to_get_verified()
    {
        var (_, anonymous) = await Html.GetAsync(App.CreateClient(), $"/{Gmina}{CasesPaths.MyCases}");
        Assert.NotNull(anonymous.QuerySelector("#niezalogowany a[href*='/konto/logowanie']"));

        await CitizenAsync(App, Gmina, Pesel1, "niezweryfikowana@example.test", verified: false);
        var key = await KeyAsync(App, Gmina);
        await ImportOkAsync(App.CreateClient(), Gmina, key, new { cases = new[] { Case("S-1", "OR.1431.1.2026", Pesel1) } });
        var client = await StaffAccounts.SignInAsync(App, Gmina, "niezweryfikowana@example.test");
        foreach (var path in new[] { CasesPaths.MyCases, CasesPaths.Correspondence })
        {
            var (response, page) = await Html.GetAsync(client, $"/{Gmina}{path}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.EndsWith(UserPaths.Verification, page.QuerySelector("#niezweryfikowane a")!.GetAttribute("href"));
            Assert.DoesNotContain("Sprawa S-1", page.Text());
        }
        // The case itself is the verified party's only: an unverified account gets what a stranger gets.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{Gmina}{CasesPaths.Case("OR.1431.1.2026")}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{Gmina}{CasesPaths.Write("OR.1431.1.2026")}")).StatusCode);
    }

    [Fact]
    public async Task A_citizen_sees_only_their_own_cases_and_documents_never_anothers_by_znak_or_id_nor_another_gminas()
    {
        await CitizenAsync(App, Gmina, Pesel1, "anna@example.test");
        await CitizenAsync(App, Gmina, Pesel2, "bartek@example.test");
        await CitizenAsync(App, "siedlec", Pesel1, "anna.siedlec@example.test");
        var key = await KeyAsync(App, Gmina);
        await ImportOkAsync(App.CreateClient(), Gmina, key, new
        {
            cases = new[] { Case("S-A", "OR.1431.1.2026", Pesel1), Case("S-A2", "OR.1431.2.2026", Pesel1, status: "zakonczona"), Case("S-B", "OR.1431.3.2026", Pesel2) },
            documents = new[] { Document("P-A", "S-A"), Document("P-B", "S-B") },
        });
        var (fileA, fileB) = await InTenantAsync(App, Gmina, async db => (
            await db.Set<DocumentFile>().Where(f => db.Set<CaseDocument>().Any(d => d.Id == f.DocumentId && d.ExternalId == "P-A")).Select(f => f.Id).SingleAsync(),
            await db.Set<DocumentFile>().Where(f => db.Set<CaseDocument>().Any(d => d.Id == f.DocumentId && d.ExternalId == "P-B")).Select(f => f.Id).SingleAsync()));
        var anna = await StaffAccounts.SignInAsync(App, Gmina, "anna@example.test");

        var (_, ongoing) = await Html.GetAsync(anna, $"/{Gmina}{CasesPaths.MyCases}");
        Assert.Equal(["OR.1431.1.2026"], ongoing.QuerySelectorAll("#sprawy tbody tr td:first-child").Select(td => td.TextContent.Trim()));
        var (_, finished) = await Html.GetAsync(anna, $"/{Gmina}{CasesPaths.MyCasesIn(Eboi.Cases.Citizen.MyCasesPageModel.FinishedState)}");
        Assert.Equal(["OR.1431.2.2026"], finished.QuerySelectorAll("#sprawy tbody tr td:first-child").Select(td => td.TextContent.Trim()));

        var (own, page) = await Html.GetAsync(anna, $"/{Gmina}{CasesPaths.Case("OR.1431.1.2026")}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(["Wszczęcie postępowania", "Wezwanie do uzupełnienia"], page.QuerySelectorAll("ol.timeline strong").Select(s => s.TextContent));
        Assert.Contains("Jan Referent", page.QuerySelector("main")!.TextContent);
        Assert.Contains("referent@example.test", page.QuerySelector("main")!.TextContent);
        var link = page.QuerySelector($"a[href$='{CasesPaths.File("OR.1431.1.2026", fileA)}']");
        Assert.NotNull(link);

        var download = await anna.GetAsync($"/{Gmina}{CasesPaths.File("OR.1431.1.2026", fileA)}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Contains("attachment", download.Content.Headers.ContentDisposition!.ToString());

        // Another's case by znak, another's file by id (through her own znak or theirs), a znak that does not exist: 404 alike.
        Assert.Equal(HttpStatusCode.NotFound, (await anna.GetAsync($"/{Gmina}{CasesPaths.Case("OR.1431.3.2026")}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anna.GetAsync($"/{Gmina}{CasesPaths.Case("OR.1431.99.2026")}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anna.GetAsync($"/{Gmina}{CasesPaths.Write("OR.1431.3.2026")}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anna.GetAsync($"/{Gmina}{CasesPaths.File("OR.1431.1.2026", fileB)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anna.GetAsync($"/{Gmina}{CasesPaths.File("OR.1431.3.2026", fileB)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anna.GetAsync($"/{Gmina}{CasesPaths.File("OR.1431.3.2026", fileA)}")).StatusCode);

        // The same person's account in another gmina sees nothing of this one's cases.
        var annaSiedlec = await StaffAccounts.SignInAsync(App, "siedlec", "anna.siedlec@example.test");
        Assert.Equal(HttpStatusCode.NotFound, (await annaSiedlec.GetAsync($"/siedlec{CasesPaths.Case("OR.1431.1.2026")}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await annaSiedlec.GetAsync($"/siedlec{CasesPaths.File("OR.1431.1.2026", fileA)}")).StatusCode);
        var (_, siedlecList) = await Html.GetAsync(annaSiedlec, $"/siedlec{CasesPaths.MyCases}");
        Assert.Null(siedlecList.QuerySelector("#sprawy"));
        // A visitor is sent to sign in, not given the file.
        var visitor = await App.CreateClient(new() { AllowAutoRedirect = false }).GetAsync($"/{Gmina}{CasesPaths.File("OR.1431.1.2026", fileA)}");
        Assert.Equal(HttpStatusCode.Redirect, visitor.StatusCode);
        Assert.Contains(UserPaths.Login, visitor.Headers.Location!.OriginalString);

        // Odebrane lists her outgoing document, not Bartek's.
        var (_, received) = await Html.GetAsync(anna, $"/{Gmina}{CasesPaths.Correspondence}");
        Assert.Equal(["Pismo P-A"], received.QuerySelectorAll("#korespondencja tbody th").Select(th => th.TextContent.Trim()));
    }

    [Fact]
    public async Task A_message_to_the_officer_is_validated_reaches_the_officers_mail_and_the_pull_and_shows_its_register_number()
    {
        var officer = $"referent.{Guid.NewGuid():N}@example.test";
        await CitizenAsync(App, Gmina, Pesel1, "pisze@example.test");
        var key = await KeyAsync(App, Gmina);
        await ImportOkAsync(App.CreateClient(), Gmina, key, new { cases = new[] { Case("S-M", "OR.1431.5.2026", Pesel1, officerEmail: officer) } });
        await DrainInboxAsync(App.CreateClient(), Gmina, key);
        var client = await StaffAccounts.SignInAsync(App, Gmina, "pisze@example.test");
        var write = $"/{Gmina}{CasesPaths.Write("OR.1431.5.2026")}";

        var (invalid, errors) = await FormPost.SubmitAsync(client, write, new Dictionary<string, string> { ["Subject"] = "", ["Text"] = "Treść bez tematu" });
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Equal("Wpisz temat wiadomości", errors.FieldError("Subject"));
        Assert.NotNull(errors.QuerySelector(".error-summary a[href='#Subject']"));
        Assert.Equal("Treść bez tematu", errors.QuerySelector("#Text")!.TextContent.Trim());
        Assert.StartsWith("Błąd: ", errors.Title);

        var (sent, _) = await FormPost.SubmitAsync(client, write, new Dictionary<string, string> { ["Subject"] = "Pytanie o termin", ["Text"] = "Kiedy będzie decyzja?" });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.EndsWith(CasesPaths.Case("OR.1431.5.2026"), sent.Headers.Location!.OriginalString);

        var mail = await CaughtMail.WaitForMessageTo(officer, "[OR.1431.5.2026] Pytanie o termin");
        Assert.Contains("Kiedy będzie decyzja?", mail.Text);
        Assert.Contains("pisze@example.test", mail.Text);

        var pull = await PullOkAsync(App.CreateClient(), Gmina, key);
        var item = Assert.Single(pull.GetProperty("items").EnumerateArray());
        Assert.Equal(("OR.1431.5.2026", "Pytanie o termin"), (item.GetProperty("caseSign").GetString(), item.GetProperty("title").GetString()));
        Assert.Equal("Kiedy będzie decyzja?", item.GetProperty("body").GetProperty("text").GetString());

        var (_, waiting) = await Html.GetAsync(client, $"/{Gmina}{CasesPaths.CorrespondenceIn("wyslane")}");
        Assert.Contains("czeka na rejestrację", waiting.QuerySelector("#korespondencja tbody")!.TextContent);

        Assert.Equal(HttpStatusCode.OK, (await AcknowledgeAsync(App.CreateClient(), Gmina, key, item.GetProperty("id").GetGuid(), "KZ.RPW.12.2026")).StatusCode);
        var (_, casePage) = await Html.GetAsync(client, $"/{Gmina}{CasesPaths.Case("OR.1431.5.2026")}");
        Assert.Contains("zarejestrowana w urzędzie pod numerem KZ.RPW.12.2026", casePage.QuerySelector("main")!.TextContent);
        var (_, sentBox) = await Html.GetAsync(client, $"/{Gmina}{CasesPaths.CorrespondenceIn("wyslane")}");
        var row = sentBox.QuerySelector("#korespondencja tbody tr")!;
        Assert.Contains("Pytanie o termin", row.TextContent);
        Assert.Contains("KZ.RPW.12.2026", row.TextContent);
        Assert.Equal(1, await InTenantAsync(App, Gmina, db => db.Set<CaseMessage>().CountAsync(m => db.Set<Case>().Any(c => c.Id == m.CaseId && c.ExternalId == "S-M"))));
    }
}
