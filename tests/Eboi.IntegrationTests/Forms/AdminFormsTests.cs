using System.Net;
using AngleSharp.Html.Parser;
using Eboi.Core.Audit;
using Eboi.Forms;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Microsoft.EntityFrameworkCore;
using static Eboi.IntegrationTests.Forms.FormsFlow;

namespace Eboi.IntegrationTests.Forms;

/// <summary>The staff side: the form builder (rows added and moved, a draft version, publishing it) and the audited reading of sent forms.</summary>
public sealed class AdminFormsTests : FreshAppTest
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task The_builder_adds_and_moves_fields_saves_a_version_and_publishing_it_shows_the_form_to_citizens()
    {
        var (staff, _) = await StaffAccounts.CreateAsync(App, Gmina, "Administrator");
        var client = await StaffAccounts.SignInAsync(App, Gmina, staff);
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = "Wniosek o wycinkę drzewa", ["Input.Slug"] = "wycinka-drzewa", ["Input.Department"] = "Referat Ochrony Środowiska",
            ["Input.Fields[0].Name"] = "imie_nazwisko", ["Input.Fields[0].Label"] = "Imię i nazwisko", ["Input.Fields[0].Kind"] = "Text", ["Input.Fields[0].Required"] = "true",
        };
        var added = await PostHandlerAsync(client, $"/{Gmina}{FormsPaths.AdminNew}", "AddField", fields);
        Assert.Equal(2, added.QuerySelectorAll("fieldset.field-row").Length);
        fields["Input.Fields[1].Name"] = "gatunek";
        fields["Input.Fields[1].Label"] = "Gatunek drzewa";
        fields["Input.Fields[1].Kind"] = "Select";
        fields["Input.Fields[1].Options"] = "dąb\nlipa\ninny";
        var moved = await PostHandlerAsync(client, $"/{Gmina}{FormsPaths.AdminNew}", "MoveField&indeks=1&o=-1", fields);
        Assert.Equal("gatunek", moved.QuerySelector("#Input_Fields_0__Name")!.GetAttribute("value"));
        Assert.Equal("imie_nazwisko", moved.QuerySelector("#Input_Fields_1__Name")!.GetAttribute("value"));

        // A select without answers is refused with a message; then saved as version 1 (a draft, not yet public).
        var bad = new Dictionary<string, string>(fields) { ["Input.Fields[1].Options"] = "" };
        var (refused, refusedPage) = await FormPost.SubmitAsync(client, $"/{Gmina}{FormsPaths.AdminNew}", bad, "form#kreator");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("lista wyboru potrzebuje co najmniej jednej odpowiedzi", refusedPage.QuerySelector(".error-summary")!.TextContent);
        var (saved, _) = await FormPost.SubmitAsync(client, $"/{Gmina}{FormsPaths.AdminNew}", fields, "form#kreator");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var edit = saved.Headers.Location!.OriginalString.Split('?')[0];
        Assert.Equal(HttpStatusCode.NotFound, (await App.CreateClient().GetAsync($"/{Gmina}{FormsPaths.Form("wycinka-drzewa")}")).StatusCode);

        var (_, editPage) = await Html.GetAsync(client, edit + "?podglad=1");
        Assert.NotNull(editPage.QuerySelector("#podglad select#odp_gatunek"));
        var (published, _) = await FormPost.SubmitAsync(client, edit, new Dictionary<string, string>(), "#wersje form");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var (_, citizenView) = await Html.GetAsync(App.CreateClient(), $"/{Gmina}{FormsPaths.Form("wycinka-drzewa")}");
        Assert.Equal("Wniosek o wycinkę drzewa", citizenView.QuerySelector("h1")!.TextContent);

        // Saving again makes version 2; the published one stays 1 until published.
        var (again, _) = await FormPost.SubmitAsync(client, edit, new Dictionary<string, string>(fields) { ["Input.Title"] = "Wniosek o zezwolenie na usunięcie drzewa" }, "form#kreator");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var (_, history) = await Html.GetAsync(client, edit);
        Assert.Equal(["2", "1"], history.QuerySelectorAll("#wersje tbody tr td:first-child").Select(td => td.TextContent));
        Assert.Equal("opublikowana", history.QuerySelectorAll("#wersje tbody tr")[1].Children[1].TextContent);
        var audit = await InTenantAsync(App, Gmina, (db, _) => db.Set<AuditEntry>().AsNoTracking().Where(e => e.Event == FormsAuditEvents.FormSaved.Name).CountAsync());
        Assert.Equal(2, audit);
    }

    [Fact]
    public async Task Staff_read_a_sent_form_with_its_files_and_upo_and_each_view_is_audited()
    {
        var (citizen, _) = await VerifiedClientAsync(App);
        var submission = await SubmitPublicInfoAsync(citizen, [("zalacznik", "umowa.pdf", Pdf)]);
        var (clerk, _) = await StaffAccounts.CreateAsync(App, Gmina, "Urzędnik");
        var client = await StaffAccounts.SignInAsync(App, Gmina, clerk);

        var (_, list) = await Html.GetAsync(client, $"/{Gmina}{FormsPaths.AdminSubmissions}");
        var link = list.QuerySelector("#zlozone tbody a")!.GetAttribute("href")!;
        Assert.EndsWith(FormsPaths.AdminSubmission(IdOf(submission)), link);
        var (_, detail) = await Html.GetAsync(client, link);
        Assert.Contains("Proszę o kopię umowy", detail.QuerySelector("#odpowiedzi")!.TextContent);
        Assert.NotNull(detail.QuerySelector("#upo"));
        var file = await client.GetAsync(detail.QuerySelector("#zalaczniki a")!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(Pdf, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{Gmina}{FormsPaths.AdminUpoXml(IdOf(submission))}")).StatusCode);

        var events = await InTenantAsync(App, Gmina, (db, _) => db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.Event == FormsAuditEvents.SubmissionViewed.Name || e.Event == FormsAuditEvents.AttachmentViewed.Name).Select(e => e.Event).ToListAsync());
        Assert.Equal([FormsAuditEvents.AttachmentViewed.Name, FormsAuditEvents.SubmissionViewed.Name], events.Order());

        // The builder is not the clerk's (forms.manage).
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/{Gmina}{FormsPaths.Admin}")).StatusCode);
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> PostHandlerAsync(HttpClient client, string url, string handler, IDictionary<string, string> fields)
    {
        var page = await Parser.ParseDocumentAsync(await client.GetStringAsync(url));
        var token = page.QuerySelector("form#kreator input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync($"{url}?handler={handler}", new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }
}
