using System.Net;
using Eboi.Catalog;
using Eboi.Content;
using Eboi.Email;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Users;
using Eboi.Users.Domain;

namespace Eboi.IntegrationTests.Users;

/// <summary>
/// Every staff-panel endpoint against every kind of caller: anonymous (login), a citizen (403), a staff member
/// without the permission (403), a staff member of another tenant (403), the right staff member (200).
/// </summary>
public sealed class AdminAccessTests : FreshAppTest
{
    private static readonly string[] AdministratorPages =
        [UserAdminPaths.Users, "/admin/uzytkownicy/{id}", UserAdminPaths.NewUser, UserAdminPaths.AuditLog, EmailAdminPaths.Templates, "/admin/szablony/konto.aktywacja"];

    [Fact]
    public async Task Staff_panel_answers_only_to_staff_of_this_tenant_with_the_permission()
    {
        var (adminEmail, _) = await StaffAccounts.CreateAsync(App, "kozy", "Administrator");
        var (editorEmail, _) = await StaffAccounts.CreateAsync(App, "kozy", "Redaktor");
        var (citizenEmail, citizenId) = await StaffAccounts.CreateAsync(App, "kozy");
        var (otherAdminEmail, _) = await StaffAccounts.CreateAsync(App, "siedlec", "Administrator");

        var admin = await StaffAccounts.SignInAsync(App, "kozy", adminEmail);
        var editor = await StaffAccounts.SignInAsync(App, "kozy", editorEmail);
        var citizen = await StaffAccounts.SignInAsync(App, "kozy", citizenEmail);
        var siedlecCookie = await StaffAccounts.SignInCookieAsync(App, "siedlec", otherAdminEmail);
        var anonymous = App.CreateClient(new() { AllowAutoRedirect = false });

        foreach (var template in AdministratorPages.Prepend("/admin"))
        {
            var url = "/kozy" + template.Replace("{id}", citizenId.ToString("N"));
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url)).StatusCode);
            var anon = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, anon.StatusCode);
            Assert.Contains($"/kozy{UserPaths.Login}", anon.Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync(url)).StatusCode);
            var foreign = new HttpRequestMessage(HttpMethod.Get, url);
            foreign.Headers.Add("Cookie", $".eboi.konto.kozy={siedlecCookie}");
            Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.SendAsync(foreign)).StatusCode);
            if (template != "/admin") Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(url)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/kozy/admin")).StatusCode);
        var forbidden = await citizen.GetAsync($"/kozy{UserAdminPaths.Users}");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("Brak dostępu", await forbidden.Content.ReadAsStringAsync());   // the Polish 403 page

        // state-changing handlers are refused too
        var lockAttempt = await citizen.PostAsync($"/kozy/admin/uzytkownicy/{citizenId:N}?handler=Lock", new FormUrlEncodedContent([]));
        Assert.True(lockAttempt.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, lockAttempt.StatusCode.ToString());
    }

    private static readonly string[] ContentPages =
        [ContentPaths.AdminPages, "/admin/strony/{page}", CatalogPaths.AdminList, CatalogPaths.AdminNew, "/admin/katalog/{card}", "/admin/katalog/{card}/podglad"];

    [Fact]
    public async Task Content_pages_of_the_staff_panel_answer_only_to_editors_of_this_tenant()
    {
        var (editorEmail, _) = await StaffAccounts.CreateAsync(App, "kozy", "Redaktor");
        var (clerkEmail, _) = await StaffAccounts.CreateAsync(App, "kozy", "Urzędnik");
        var (citizenEmail, _) = await StaffAccounts.CreateAsync(App, "kozy");
        var (otherEditorEmail, _) = await StaffAccounts.CreateAsync(App, "siedlec", "Redaktor");
        var editor = await StaffAccounts.SignInAsync(App, "kozy", editorEmail);
        var clerk = await StaffAccounts.SignInAsync(App, "kozy", clerkEmail);
        var citizen = await StaffAccounts.SignInAsync(App, "kozy", citizenEmail);
        var siedlecCookie = await StaffAccounts.SignInCookieAsync(App, "siedlec", otherEditorEmail);
        var anonymous = App.CreateClient(new() { AllowAutoRedirect = false });

        var pages = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await editor.GetStringAsync($"/kozy{ContentPaths.AdminPages}"));
        var page = pages.QuerySelector("main table a")!.GetAttribute("href")!.Split('/').Last();
        var cards = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await editor.GetStringAsync($"/kozy{CatalogPaths.AdminList}"));
        var card = cards.QuerySelector("main table a")!.GetAttribute("href")!.Split('/').Last();
        foreach (var template in ContentPages)
        {
            var url = "/kozy" + template.Replace("{page}", page).Replace("{card}", card);
            Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(url)).StatusCode);
            var anon = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, anon.StatusCode);
            Assert.Contains($"/kozy{UserPaths.Login}", anon.Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync(url)).StatusCode);
            var foreign = new HttpRequestMessage(HttpMethod.Get, url);
            foreign.Headers.Add("Cookie", $".eboi.konto.kozy={siedlecCookie}");
            Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.SendAsync(foreign)).StatusCode);
        }
        var publish = await clerk.PostAsync($"/kozy/admin/katalog/{card}?handler=Publish&number=1", new FormUrlEncodedContent([]));
        Assert.True(publish.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, publish.StatusCode.ToString());
    }

    [Fact]
    public async Task Administrator_verifies_and_rejects_with_a_reason_and_the_citizen_is_told()
    {
        var (adminEmail, _) = await StaffAccounts.CreateAsync(App, "pulawy", "Administrator");
        var (citizenEmail, citizenId) = await StaffAccounts.CreateAsync(App, "pulawy");
        var admin = await StaffAccounts.SignInAsync(App, "pulawy", adminEmail);
        var page = $"/pulawy/admin/uzytkownicy/{citizenId:N}";

        var (noReason, noReasonDoc) = await FormPost.SubmitAsync(admin, page, new Dictionary<string, string>(), formSelector: "form[action*='handler=Reject']");
        Assert.Contains("Podaj powód odrzucenia", noReasonDoc.FieldError("RejectReason"));

        await FormPost.SubmitAsync(admin, page, new Dictionary<string, string> { ["RejectReason"] = "Brak podpisu na wniosku." }, formSelector: "form[action*='handler=Reject']");
        var rejected = await CaughtMail.WaitForMessageTo(citizenEmail);
        Assert.Contains("Brak podpisu na wniosku.", rejected.Text);

        await FormPost.SubmitAsync(admin, page, new Dictionary<string, string>(), formSelector: "form[action*='handler=Verify']");
        Assert.Equal(2, (await CaughtMail.WaitForMessagesTo(citizenEmail, 2)).Count);

        var citizen = await StaffAccounts.SignInAsync(App, "pulawy", citizenEmail);
        Assert.Contains("Zweryfikowano", await citizen.GetStringAsync($"/pulawy{UserPaths.Account}"));
    }

    [Fact]
    public async Task Citizen_requests_verification_online_and_staff_find_the_request_waiting()
    {
        var (adminEmail, _) = await StaffAccounts.CreateAsync(App, "siedlec", "Administrator");
        var (citizenEmail, citizenId) = await StaffAccounts.CreateAsync(App, "siedlec");
        var citizen = await StaffAccounts.SignInAsync(App, "siedlec", citizenEmail);

        var (unconfirmed, unconfirmedDoc) = await FormPost.SubmitAsync(citizen, $"/siedlec{UserPaths.Verification}", new Dictionary<string, string> { ["Message"] = "Kartoteka 12/2026" });
        Assert.Contains("Potwierdź", unconfirmedDoc.FieldError("Confirm"));
        await FormPost.SubmitAsync(citizen, $"/siedlec{UserPaths.Verification}", new Dictionary<string, string> { ["Message"] = "Kartoteka 12/2026", ["Confirm"] = "true" });
        Assert.Contains("czeka na decyzję", await citizen.GetStringAsync($"/siedlec{UserPaths.Verification}"));

        var admin = await StaffAccounts.SignInAsync(App, "siedlec", adminEmail);
        var waiting = await admin.GetStringAsync($"/siedlec{UserAdminPaths.Users}?weryfikacja=Pending");
        Assert.Contains(citizenEmail, waiting);
        Assert.DoesNotContain(adminEmail, waiting);
        Assert.Contains("Kartoteka 12/2026", await admin.GetStringAsync($"/siedlec/admin/uzytkownicy/{citizenId:N}"));
    }

    [Fact]
    public async Task Office_creates_an_account_and_the_citizen_sets_the_password_from_the_invitation()
    {
        var (adminEmail, _) = await StaffAccounts.CreateAsync(App, "kozy", "Administrator");
        var admin = await StaffAccounts.SignInAsync(App, "kozy", adminEmail);
        var email = $"zaproszony.{Guid.NewGuid():N}@example.test";
        var fields = new Dictionary<string, string>
        {
            ["Form.FirstName"] = "Zofia", ["Form.LastName"] = "Zaproszona", ["Form.Pesel"] = "02211307589", ["Form.Email"] = email, ["IdentityChecked"] = "true",
        };
        var (created, _) = await FormPost.SubmitAsync(admin, $"/kozy{UserAdminPaths.NewUser}?typ=osoba", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var (duplicate, duplicateDoc) = await FormPost.SubmitAsync(admin, $"/kozy{UserAdminPaths.NewUser}?typ=osoba", fields);
        Assert.Contains("już istnieje", duplicateDoc.FieldError("Form_Email"));

        var firstLink = new Uri(AccountJourneyTests.LinkIn(await CaughtMail.WaitForMessageTo(email)));
        Assert.Equal("http://kozy.localhost:5080/konto/zaproszenie", firstLink.GetLeftPart(UriPartial.Path));   // the canonical address

        // the office sends a new invitation (say the first expired): only the newest link works
        var userPage = created.Headers.Location!.OriginalString;
        Assert.Contains("Wyślij zaproszenie ponownie", await admin.GetStringAsync(userPage));
        await FormPost.SubmitAsync(admin, userPage, new Dictionary<string, string>(), formSelector: "form[action*='handler=Reinvite']");
        var mails = await CaughtMail.WaitForMessagesTo(email, 2);
        Assert.Equal(2, mails.Count);
        var link = new Uri(mails.Select(AccountJourneyTests.LinkIn).Single(l => l != firstLink.ToString()));

        Dictionary<string, string> Accept(Uri invitation)
        {
            var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(invitation.Query);
            return new()
            {
                ["u"] = query["u"].ToString(), ["t"] = query["t"].ToString(), ["Password"] = "Wlasne-Haslo3", ["ConfirmPassword"] = "Wlasne-Haslo3",
                ["ConsentDataProcessing"] = "true", ["AcceptRegulamin"] = "true",
            };
        }
        var citizen = App.CreateClient(new() { AllowAutoRedirect = false });
        var (_, stale) = await FormPost.SubmitAsync(citizen, firstLink.AbsoluteUri, Accept(firstLink));
        Assert.NotNull(stale.QuerySelector(".error-summary"));
        var accept = Accept(link);
        var (_, done) = await FormPost.SubmitAsync(citizen, link.AbsoluteUri, accept);
        Assert.Contains("Hasło zostało ustawione", done.Body!.TextContent);
        var (_, again) = await FormPost.SubmitAsync(citizen, link.AbsoluteUri, accept);
        Assert.NotNull(again.QuerySelector(".error-summary"));

        var (login, _) = await FormPost.SubmitAsync(citizen, $"/kozy{UserPaths.Login}", new Dictionary<string, string> { ["Form.Login"] = email, ["Form.Password"] = "Wlasne-Haslo3" });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains("Zweryfikowano", await citizen.GetStringAsync($"/kozy{UserPaths.Account}"));
        Assert.DoesNotContain("Wyślij zaproszenie ponownie", await admin.GetStringAsync(userPage));
    }
}
