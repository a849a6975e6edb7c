using System.Net;
using Eboi.Cases;
using Eboi.IntegrationTests.Infrastructure;
using static Eboi.IntegrationTests.Cases.CasesTestData;

namespace Eboi.IntegrationTests.Forms;

/// <summary>
/// Forms connected to Cases: a submitted form reaches the EZD's pull with its attachment, is pulled until acknowledged and
/// never again, its register number shows on the sent-form page; /korespondencja lists the citizen's own drafts and sent forms only.
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
}
