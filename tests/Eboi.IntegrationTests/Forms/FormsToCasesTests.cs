using System.Net;
using Eboi.Cases;
using Eboi.Cases.Domain;
using Eboi.Forms;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Microsoft.EntityFrameworkCore;
using static Eboi.IntegrationTests.Cases.CasesTestData;

namespace Eboi.IntegrationTests.Forms;

/// <summary>
/// Forms connected to Cases: a submitted form reaches the EZD's pull with its attachment, is pulled until acknowledged and
/// never again, its register number shows on the sent-form page; /korespondencja lists the citizen's own drafts and sent forms only;
/// in a gmina without an EZD a clerk opens a case for a sent form and replies in it, which the citizen receives.
/// </summary>
public sealed class FormsToCasesTests : FreshAppTest
{
    private const string Gmina = FormsFlow.Gmina;

    [Fact]
    public async Task A_submitted_form_is_pulled_with_its_attachment_until_acknowledged_and_its_register_number_shows_to_the_citizen()
    {
        var key = await KeyAsync(App, Gmina);
        var ezd = App.CreateClient();
        await DrainInboxAsync(ezd, Gmina, key);
        var (client, _) = await FormsFlow.VerifiedClientAsync(App);
        var submission = await FormsFlow.SubmitPublicInfoAsync(client, [("zalacznik", "skan.pdf", FormsFlow.Pdf)]);

        var item = Assert.Single((await PullOkAsync(ezd, Gmina, key)).GetProperty("items").EnumerateArray());
        Assert.Equal(CaseInboxKinds.Form, item.GetProperty("kind").GetString());
        var body = item.GetProperty("body");
        Assert.Equal(FormsFlow.PublicInfo, body.GetProperty("formSlug").GetString());
        Assert.Equal(FormsFlow.PublicInfoAnswers()["tresc"], body.GetProperty("answers").GetProperty("tresc").GetString());
        Assert.Equal(32, Convert.FromBase64String(body.GetProperty("documentSha256").GetString()!).Length);
        Assert.NotEqual(Guid.Empty, body.GetProperty("upoId").GetGuid());
        var attachment = Assert.Single(item.GetProperty("attachments").EnumerateArray());
        Assert.Equal("skan.pdf", attachment.GetProperty("fileName").GetString());
        using (var download = new HttpRequestMessage(HttpMethod.Get, $"/{Gmina}{attachment.GetProperty("path").GetString()}"))
        {
            download.Headers.Add(Eboi.Core.Security.ApiKeyRequest.HeaderName, key);
            var file = await ezd.SendAsync(download);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Equal(FormsFlow.Pdf, await file.Content.ReadAsByteArrayAsync());
        }

        var (_, before) = await Html.GetAsync(client, submission);
        Assert.Null(before.QuerySelector("#numer-kancelaryjny"));
        Assert.Single((await PullOkAsync(ezd, Gmina, key)).GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, (await AcknowledgeAsync(ezd, Gmina, key, item.GetProperty("id").GetGuid(), "KZ.RPW.77.2026")).StatusCode);
        Assert.Empty((await PullOkAsync(ezd, Gmina, key)).GetProperty("items").EnumerateArray());
        var (_, after) = await Html.GetAsync(client, submission);
        Assert.Contains("KZ.RPW.77.2026", after.QuerySelector("#numer-kancelaryjny")!.TextContent);
    }

    [Fact]
    public async Task Correspondence_lists_the_citizens_own_draft_under_Robocze_and_sent_form_under_Wyslane_and_never_anothers()
    {
        var (client, _) = await FormsFlow.VerifiedClientAsync(App);
        await FormsFlow.SubmitPublicInfoAsync(client);
        await FormsFlow.StartAsync(client, FormsFlow.Waste);
        var (other, _) = await FormsFlow.VerifiedClientAsync(App);

        var (_, sent) = await Html.GetAsync(client, $"/{Gmina}{CasesPaths.CorrespondenceIn("wyslane")}");
        Assert.Contains("informacji publicznej", sent.QuerySelector("#korespondencja tbody")!.TextContent);
        var (_, drafts) = await Html.GetAsync(client, $"/{Gmina}{CasesPaths.CorrespondenceIn("robocze")}");
        Assert.Single(drafts.QuerySelectorAll("#korespondencja tbody tr"));
        Assert.Contains("odpad", drafts.QuerySelector("#korespondencja tbody")!.TextContent, StringComparison.OrdinalIgnoreCase);

        foreach (var box in new[] { "wyslane", "robocze" })
        {
            var (_, page) = await Html.GetAsync(other, $"/{Gmina}{CasesPaths.CorrespondenceIn(box)}");
            Assert.Empty(page.QuerySelectorAll("#korespondencja tbody tr"));
        }
    }

    [Fact]
    public async Task A_clerk_opens_a_case_for_a_sent_form_replies_with_a_pdf_and_the_citizen_gets_the_reply_the_case_and_its_znak()
    {
        var key = await KeyAsync(App, Gmina);
        var ezd = App.CreateClient();
        await DrainInboxAsync(ezd, Gmina, key);
        var email = $"mieszkanka.{Guid.NewGuid():N}@example.test";
        await CitizenAsync(App, Gmina, Pesel1, email);
        var citizen = await StaffAccounts.SignInAsync(App, Gmina, email);
        var sentPage = await FormsFlow.SubmitPublicInfoAsync(citizen);
        var submissionId = FormsFlow.IdOf(sentPage);
        var adminSubmission = $"/{Gmina}{FormsPaths.AdminSubmission(submissionId)}";

        // Forms can be read without the right to run cases: no way to reply is offered then, and the register refuses.
        var (taxEmail, _) = await StaffAccounts.CreateAsync(App, Gmina, "Referent podatkowy");
        var (_, readOnly) = await Html.GetAsync(await StaffAccounts.SignInAsync(App, Gmina, taxEmail), adminSubmission);
        Assert.Null(readOnly.QuerySelector("#odpowiedz a.button"));
        Assert.Contains("uprawnieniem do prowadzenia spraw", readOnly.QuerySelector("#odpowiedz")!.TextContent);

        var (clerkEmail, _) = await StaffAccounts.CreateAsync(App, Gmina, "Urzędnik");
        var clerk = await StaffAccounts.SignInAsync(App, Gmina, clerkEmail);
        var (_, detail) = await Html.GetAsync(clerk, adminSubmission);
        var open = detail.QuerySelector("#odpowiedz a.button")!;
        Assert.Equal("Załóż sprawę i odpowiedz", open.TextContent.Trim());
        var (_, filled) = await Html.GetAsync(clerk, open.GetAttribute("href")!);
        Assert.Equal(Pesel1, filled.QuerySelector("#Form_Pesel")!.GetAttribute("value"));
        Assert.Equal("Anna Testowa", filled.QuerySelector("#Form_PartyName")!.GetAttribute("value"));
        Assert.Contains("informacji publicznej", filled.QuerySelector("#Form_Title")!.GetAttribute("value"));

        // What the browser posts: the filled values as they stand, and the symbols the clerk types.
        var fields = new Dictionary<string, string>
        {
            ["Form.Unit"] = "OR", ["Form.Jrwa"] = "1431", ["Form.Title"] = filled.QuerySelector("#Form_Title")!.GetAttribute("value")!,
            ["Form.PartyName"] = "Anna Testowa", ["Form.Pesel"] = Pesel1,
        };
        var (created, _) = await FormPost.SubmitAsync(clerk, open.GetAttribute("href")!, fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var caseId = Guid.Parse(created.Headers.Location!.OriginalString.Split('/').Last().Split('#')[0]);
        Assert.EndsWith("#pismo", created.Headers.Location.OriginalString);
        var c = await InTenantAsync(App, Gmina, db => db.Set<Case>().SingleAsync(x => x.Id == caseId));
        Assert.Equal($"OR.1431.1.{DateTime.UtcNow.Year}", c.Sign);
        var party = await InTenantAsync(App, Gmina, db => db.Set<CaseParty>().SingleAsync(p => p.CaseId == caseId));
        Assert.NotNull(party.UserId);
        var incoming = await InTenantAsync(App, Gmina, db => db.Set<CaseDocument>().SingleAsync(d => d.CaseId == caseId));
        Assert.Equal(DocumentDirections.In, incoming.Direction);

        // Registered once: the EZD's pull no longer offers it, and the same link now leads to the case, not a second one.
        Assert.Empty((await PullOkAsync(ezd, Gmina, key)).GetProperty("items").EnumerateArray());
        var again = await clerk.GetAsync(open.GetAttribute("href")!);
        Assert.EndsWith($"{CasesPaths.AdminReply(caseId)}", again.Headers.Location!.OriginalString);
        var (twice, twiceDoc) = await FormPost.SubmitAsync(clerk, $"/{Gmina}{CasesPaths.AdminNew}", new Dictionary<string, string>(fields)
        {
            ["Form.Title"] = "Druga", ["Form.PartyName"] = "Anna Testowa", ["Form.Pesel"] = Pesel1, ["Form.FromItem"] = (await InboxItemOfAsync(submissionId)).ToString(),
        });
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Contains($"należy już do sprawy albo rejestru ({c.Sign})", twiceDoc.FieldError("Form_Title"));
        Assert.Equal(1, await InTenantAsync(App, Gmina, db => db.Set<Case>().CountAsync(x => x.Title == "Druga" || x.Id == caseId)));

        var (_, registered) = await Html.GetAsync(clerk, adminSubmission);
        Assert.EndsWith(CasesPaths.AdminReply(caseId), registered.QuerySelector("#odpowiedz a.button")!.GetAttribute("href"));
        var (reply, _) = await SendDocumentAsync(clerk, $"/{Gmina}{CasesPaths.AdminCase(caseId)}", "Udostępnienie informacji publicznej", "odpowiedz.pdf", Pdf);
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        Assert.Contains("Udostępnienie informacji publicznej", (await CaughtMail.WaitForMessageTo(email, $"Nowe pismo w sprawie {c.Sign}")).Text);

        var (_, received) = await Html.GetAsync(citizen, $"/{Gmina}{CasesPaths.Correspondence}");
        Assert.Contains("Udostępnienie informacji publicznej", received.QuerySelector("#korespondencja tbody")!.TextContent);
        var (_, cases) = await Html.GetAsync(citizen, $"/{Gmina}{CasesPaths.MyCases}");
        Assert.Contains(c.Sign, cases.QuerySelector("main")!.TextContent);
        var (_, sent) = await Html.GetAsync(citizen, sentPage);
        Assert.EndsWith(CasesPaths.Case(c.Sign), sent.QuerySelector("#numer-kancelaryjny a")!.GetAttribute("href"));
    }

    private Task<Guid> InboxItemOfAsync(Guid submissionId) =>
        FormsFlow.InTenantAsync(App, Gmina, (db, _) => db.Set<Eboi.Forms.Domain.FormSubmission>().Where(s => s.Id == submissionId).Select(s => s.InboxItemId!.Value).SingleAsync());
}
