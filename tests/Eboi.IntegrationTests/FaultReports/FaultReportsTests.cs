using AngleSharp.Dom;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Eboi.Core.Data;
using Eboi.FaultReports;
using Eboi.FaultReports.Domain;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.FaultReports;

/// <summary>
/// Fault reports through the real app: each bad input's Polish message, photos stripped of EXIF and served only after
/// moderation, anonymous reports hidden from staff until confirmed by e-mail, the moderation flow with its audited
/// actions and published events, and one tenant's reports and photos invisible from another (HTTP and RLS).
/// </summary>
public sealed class FaultReportsTests : FreshAppTest
{
    private static readonly HtmlParser Parser = new();
    private const string Gmina = "siedlec";

    [Fact]
    public async Task Each_bad_input_gets_its_Polish_message_next_to_the_field_and_the_text_is_kept()
    {
        var citizen = App.CreateClient();
        async Task<IHtmlDocument> Refused(Dictionary<string, string> fields, params (string, byte[], string)[] photos)
        {
            var (response, doc) = await ReportForm.SubmitAsync(citizen, Gmina, fields, photos);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("Błąd: ", doc.Title);
            Assert.NotNull(doc.QuerySelector(".error-summary"));
            return doc;
        }
        var contact = new Dictionary<string, string> { ["Form.Name"] = "Jan Kowalski", ["Form.Email"] = "jan@example.test" };
        Dictionary<string, string> With(Dictionary<string, string> a) => a.Concat(contact).ToDictionary();

        var noPlace = await Refused(With(ReportForm.Valid("Dziura bez miejsca", location: "")));
        Assert.Contains("Wskaż miejsce usterki", noPlace.FieldError("Form_Location"));
        Assert.Equal("Dziura bez miejsca", noPlace.QuerySelector<IHtmlInputElement>("#Form_Title")!.Value);
        Assert.NotNull(noPlace.QuerySelector(".error-summary a[href='#Form_Location']"));

        var outside = await Refused(With(ReportForm.Valid("Dziura w Warszawie", location: "52.2297, 21.0122")));
        Assert.Contains("poza obszarem gminy", outside.FieldError("Form_Location"));
        Assert.Equal("52.2297, 21.0122", outside.QuerySelector<IHtmlInputElement>("#Form_Location")!.Value);

        var longText = With(ReportForm.Valid("Za długi opis"));
        longText["Form.Description"] = new string('a', 4001);
        var tooLong = await Refused(longText);
        Assert.Contains("najwyżej 4000 znaków (ma 4001)", tooLong.FieldError("Form_Description"));

        var program = "MZ\x90\0\x03\0\0\0\x04\0\0\0 This program cannot be run in DOS mode."u8.ToArray();
        var exe = await Refused(With(ReportForm.Valid("Program jako zdjęcie")), ("zdjecie.jpg", program, "image/jpeg"));
        Assert.Contains("nie jest zdjęciem w formacie JPEG, PNG ani WebP", exe.FieldError("Form_Photos"));
        Assert.Contains("wybierz zdjęcia jeszcze raz", exe.QuerySelector("main [role=note]")!.TextContent);

        var huge = new byte[11 * 1024 * 1024];
        TestImages.Jpeg().CopyTo(huge, 0);
        var tooBig = await Refused(With(ReportForm.Valid("Za duże zdjęcie")), ("duze.jpg", huge, "image/jpeg"));
        Assert.Contains("za duży: zdjęcie może mieć najwyżej 10 MB", tooBig.FieldError("Form_Photos"));

        var tooManyPixels = await Refused(With(ReportForm.Valid("Za dużo pikseli")), ("ogromne.png", TestImages.PngClaimingFiftyMegapixels(), "image/png"));
        Assert.Contains("za dużą rozdzielczość", tooManyPixels.FieldError("Form_Photos"));

        var noContact = await Refused(ReportForm.Valid("Bez kontaktu"));
        Assert.Contains("Podaj adres e-mail", noContact.FieldError("Form_Email"));

        Assert.Equal(0, await CountReportsAsync(Gmina));
    }

    [Fact]
    public async Task A_signed_in_report_exists_at_once_and_moderation_makes_it_public_with_its_photo_stripped_of_EXIF()
    {
        var (citizenEmail, citizenId) = await StaffAccounts.CreateAsync(App, Gmina);
        var citizen = await StaffAccounts.SignInAsync(App, Gmina, citizenEmail);
        var withGps = TestImages.JpegWithGps();
        Assert.True(TestImages.HasExif(withGps));

        var (sent, _) = await ReportForm.SubmitAsync(citizen, Gmina, ReportForm.Valid("Dziura przy szkole"), ("IMG_0001.jpg", withGps, "image/jpeg"));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var report = await SingleReportAsync(Gmina, "Dziura przy szkole");
        Assert.Equal(citizenId, report.ReporterUserId);
        Assert.Equal(FaultStatus.New, report.Status);
        Assert.False(report.IsPublic);
        Assert.Matches(@"^U/\d{4}/\d{5}$", report.Number);
        Assert.Contains(("usterki.zgloszono", report.Id), await EventsAsync(Gmina));

        // Not public yet: the reporter sees it (own page and list), anyone else gets 404, photo too.
        var detail = $"/{Gmina}{FaultReportsPaths.Detail(report.Number)}";
        var photo = $"/{Gmina}{FaultReportsPaths.Photo(report.Number, 1)}";
        var anonymous = App.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(detail)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(photo)).StatusCode);
        Assert.Contains("czeka na sprawdzenie", await citizen.GetStringAsync(detail));
        Assert.Contains(report.Number, await citizen.GetStringAsync($"/{Gmina}{FaultReportsPaths.MyReports}"));

        // The moderator approves and sets "w realizacji" with a public note.
        var (moderatorEmail, _) = await StaffAccounts.CreateAsync(App, Gmina, "Moderator");
        var moderator = await StaffAccounts.SignInAsync(App, Gmina, moderatorEmail);
        Assert.Contains(report.Number, await moderator.GetStringAsync($"/{Gmina}{FaultReportsPaths.Admin}"));
        var admin = $"/{Gmina}{FaultReportsPaths.AdminDetail(report.Number)}";
        var adminPhoto = await moderator.GetByteArrayAsync($"/{Gmina}{FaultReportsPaths.AdminPhoto(report.Number, 1)}");
        Assert.False(TestImages.HasExif(adminPhoto));
        var (approved, _) = await FormPost.SubmitAsync(moderator, admin, new Dictionary<string, string>(), "form[action*='handler=Approve']");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var (refused, refusedDoc) = await FormPost.SubmitAsync(moderator, admin, new Dictionary<string, string> { ["NewStatus"] = "nieznany" }, "form[action*='handler=Status']");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Wybierz status z listy", refusedDoc.FieldError("NewStatus"));
        var (changed, _) = await FormPost.SubmitAsync(moderator, admin, new Dictionary<string, string>
        {
            ["NewStatus"] = FaultStatus.InProgress, ["PublicNote"] = "Ekipa drogowa naprawi dziurę w tym tygodniu.",
        }, "form[action*='handler=Status']");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        // Public now: status, note and photo (no EXIF, no GPS); never the reporter's name.
        var page = await Parser.ParseDocumentAsync(await anonymous.GetStringAsync(detail));
        Assert.Equal("w realizacji", page.QuerySelector("#status-zgloszenia")!.TextContent);
        Assert.Contains("Ekipa drogowa naprawi dziurę w tym tygodniu.", page.QuerySelector(".fault-timeline")!.TextContent);
        Assert.DoesNotContain("Urzędnicza", page.Body!.TextContent);
        var served = await anonymous.GetAsync(photo);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType!.MediaType);
        var bytes = await served.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xFF, 0xD8], bytes[..2]);
        Assert.False(TestImages.HasExif(bytes));
        Assert.Contains(report.Number, await anonymous.GetStringAsync($"/{Gmina}{FaultReportsPaths.List}?status={FaultStatus.InProgress}"));
        Assert.DoesNotContain(report.Number, await anonymous.GetStringAsync($"/{Gmina}{FaultReportsPaths.List}?status={FaultStatus.Fixed}"));
        var geo = await anonymous.GetStringAsync($"/{Gmina}{FaultReportsPaths.MapData}?bbox=16.00,52.13,16.02,52.15");
        Assert.Contains(report.Number, geo);
        Assert.DoesNotContain(report.Number, await anonymous.GetStringAsync($"/{Gmina}{FaultReportsPaths.MapData}?bbox=15.86,52.06,15.90,52.08"));

        // Hiding the photo takes it off the public route; staff still see it.
        await FormPost.SubmitAsync(moderator, admin, new Dictionary<string, string>(), "form[action*='handler=Photo']");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(photo)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await moderator.GetAsync($"/{Gmina}{FaultReportsPaths.AdminPhoto(report.Number, 1)}")).StatusCode);

        var events = await EventsAsync(Gmina);
        Assert.Contains(("usterki.zmiana-statusu", report.Id), events);
        Assert.True(events.Count(e => e == ("usterki.zmiana-statusu", report.Id)) >= 2);   // przyjęte on approval, then w realizacji
        var audited = await AuditAsync(Gmina);
        Assert.Contains(FaultReportsAuditEvents.Approved.Name, audited);
        Assert.Contains(FaultReportsAuditEvents.StatusChanged.Name, audited);
        Assert.Contains(FaultReportsAuditEvents.PhotoHidden.Name, audited);

        // Citizens without the permission are refused the staff panel.
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync(admin)).StatusCode);
    }

    [Fact]
    public async Task An_anonymous_report_exists_for_staff_only_after_its_emailed_link_is_opened()
    {
        var email = $"mieszkaniec.{Guid.NewGuid():N}@example.test";
        var fields = ReportForm.Valid("Nie świeci latarnia");
        fields["Form.Name"] = "Anna Nowak";
        fields["Form.Email"] = email;
        var (sent, sentDoc) = await ReportForm.SubmitAsync(App.CreateClient(new() { AllowAutoRedirect = false }), Gmina, fields);
        Assert.True(sent.StatusCode == HttpStatusCode.Redirect, sentDoc.QuerySelector(".error-summary")?.TextContent);
        Assert.Contains("potwierdz=tak", sent.Headers.Location!.OriginalString);
        var report = await SingleReportAsync(Gmina, "Nie świeci latarnia");

        var (moderatorEmail, _) = await StaffAccounts.CreateAsync(App, Gmina, "Moderator");
        var moderator = await StaffAccounts.SignInAsync(App, Gmina, moderatorEmail);
        var admin = $"/{Gmina}{FaultReportsPaths.AdminDetail(report.Number)}";
        Assert.DoesNotContain(report.Number, await moderator.GetStringAsync($"/{Gmina}{FaultReportsPaths.Admin}?widok=wszystkie"));
        Assert.Equal(HttpStatusCode.NotFound, (await moderator.GetAsync(admin)).StatusCode);
        Assert.DoesNotContain(("usterki.zgloszono", report.Id), await EventsAsync(Gmina));

        var mail = await CaughtMail.WaitForMessageTo(email, "Potwierdź zgłoszenie");
        var path = Regex.Match(mail.Text ?? "", @"/usterki/potwierdz/[A-Za-z0-9_-]+").Value;
        Assert.NotEmpty(path);
        var client = App.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{Gmina}/usterki/potwierdz/sfalszowany-token")).StatusCode);
        var confirmed = await client.GetStringAsync($"/{Gmina}{path}");
        Assert.Contains(report.Number, confirmed);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{Gmina}{path}")).StatusCode);   // single use

        Assert.Contains(report.Number, await moderator.GetStringAsync($"/{Gmina}{FaultReportsPaths.Admin}"));
        Assert.Equal(HttpStatusCode.OK, (await moderator.GetAsync(admin)).StatusCode);
        Assert.Single(await EventsAsync(Gmina), e => e == ("usterki.zgloszono", report.Id));

        // Rejection needs a reason; with one, the status event carries it.
        var (noReason, doc) = await FormPost.SubmitAsync(moderator, admin, new Dictionary<string, string> { ["Reason"] = "" }, "form[action*='handler=Reject']");
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Wpisz powód", doc.FieldError("Reason"));
        var (rejected, _) = await FormPost.SubmitAsync(moderator, admin, new Dictionary<string, string> { ["Reason"] = "Latarnia należy do zarządcy drogi krajowej." }, "form[action*='handler=Reject']");
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal(FaultStatus.Rejected, (await SingleReportAsync(Gmina, "Nie świeci latarnia")).Status);
        Assert.Contains("Latarnia należy do zarządcy drogi krajowej.", await PayloadsAsync(Gmina, "usterki.zmiana-statusu"));
    }

    [Fact]
    public async Task One_gminas_reports_and_photos_are_invisible_from_another()
    {
        var (email, _) = await StaffAccounts.CreateAsync(App, Gmina);
        var citizen = await StaffAccounts.SignInAsync(App, Gmina, email);
        await ReportForm.SubmitAsync(citizen, Gmina, ReportForm.Valid("Zapchana studzienka"), ("a.jpg", TestImages.Jpeg(), "image/jpeg"));
        var report = await SingleReportAsync(Gmina, "Zapchana studzienka");
        var (moderatorEmail, _) = await StaffAccounts.CreateAsync(App, Gmina, "Moderator");
        var moderator = await StaffAccounts.SignInAsync(App, Gmina, moderatorEmail);
        await FormPost.SubmitAsync(moderator, $"/{Gmina}{FaultReportsPaths.AdminDetail(report.Number)}", new Dictionary<string, string>(), "form[action*='handler=Approve']");
        var anonymous = App.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/{Gmina}{FaultReportsPaths.Photo(report.Number, 1)}")).StatusCode);

        // Kozy numbers its own reports the same way: the same number there is not this report.
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/kozy{FaultReportsPaths.Detail(report.Number)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/kozy{FaultReportsPaths.Photo(report.Number, 1)}")).StatusCode);
        Assert.DoesNotContain(report.Number, await anonymous.GetStringAsync($"/kozy{FaultReportsPaths.MapData}?bbox=-180,-90,180,90"));
        var (kozyModerator, _) = await StaffAccounts.CreateAsync(App, "kozy", "Moderator");
        var other = await StaffAccounts.SignInAsync(App, "kozy", kozyModerator);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/kozy{FaultReportsPaths.AdminDetail(report.Number)}")).StatusCode);

        // Raw SQL under Kozy's tenant sees none of Siedlec's rows (RLS), under Siedlec's it does.
        Assert.Equal(0, await RawCountAsync("kozy", report.Id));
        Assert.Equal(1, await RawCountAsync(Gmina, report.Id));
    }

    private Task<int> RawCountAsync(string gmina, Guid reportId) => InTenantAsync(gmina, async db => await db.Database.SqlQueryRaw<int>(
        "SELECT (SELECT count(*) FROM fault_reports WHERE id = {0})::int + (SELECT count(*) FROM fault_photos WHERE report_id = {0})::int AS \"Value\"", reportId)
        .SingleAsync() > 0 ? 1 : 0);

    private Task<T> InTenantAsync<T>(string gmina, Func<EboiDbContext, Task<T>> query) => TenantQuery.InTenantAsync(App, gmina, query);

    private Task<int> CountReportsAsync(string gmina) => InTenantAsync(gmina, db => db.Set<FaultReport>().CountAsync(r => r.DemoKey == null));

    private Task<FaultReport> SingleReportAsync(string gmina, string title) =>
        InTenantAsync(gmina, db => db.Set<FaultReport>().AsNoTracking().SingleAsync(r => r.Title == title && r.DemoKey == null));

    private Task<List<(string Type, Guid Report)>> EventsAsync(string gmina) => InTenantAsync(gmina, async db =>
        (await db.Database.SqlQueryRaw<string>("SELECT type || '|' || coalesce(payload -> 'Report' ->> 'ReportId', payload -> 'report' ->> 'reportId') AS \"Value\" FROM domain_events WHERE type LIKE 'usterki.%'").ToListAsync())
        .Select(v => v.Split('|')).Select(p => (p[0], Guid.Parse(p[1]))).ToList());

    private Task<string> PayloadsAsync(string gmina, string type) => InTenantAsync(gmina, async db =>
        string.Join("\n", await db.Database.SqlQueryRaw<string>("SELECT payload::text AS \"Value\" FROM domain_events WHERE type = {0}", type).ToListAsync()));

    private Task<List<string>> AuditAsync(string gmina) => InTenantAsync(gmina, db =>
        db.Set<Eboi.Core.Audit.AuditEntry>().Select(a => a.Event).ToListAsync());
}
