using System.Net;
using System.Text.Json;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Users;
using Eboi.Users.Domain;

namespace Eboi.IntegrationTests.Users;

/// <summary>/konto: personal data (consent + password), notifications (SMS only when allowed), my data as JSON, deletion.</summary>
public sealed class ProfileTests : FreshAppTest
{
    [Fact]
    public async Task Personal_data_change_needs_the_consent_and_the_current_password()
    {
        var (email, _) = await StaffAccounts.CreateAsync(App, "siedlec");
        var client = await StaffAccounts.SignInAsync(App, "siedlec", email);

        var (_, wrong) = await FormPost.SubmitAsync(client, $"/siedlec{UserPaths.PersonalData}", new Dictionary<string, string>
            { ["Form.FirstName"] = "Ewelina", ["Form.LastName"] = "Nowa", ["Form.Phone"] = "601 234 567", ["CurrentPassword"] = "Zle-Haslo9" });
        Assert.Contains("hasło jest nieprawidłowe", wrong.FieldError("CurrentPassword"));
        Assert.Contains("Zgoda", wrong.FieldError("Consent"));
        Assert.Equal("Ewelina", wrong.QuerySelector("#Form_FirstName")!.GetAttribute("value"));

        var (_, ok) = await FormPost.SubmitAsync(client, $"/siedlec{UserPaths.PersonalData}", new Dictionary<string, string>
            { ["Form.FirstName"] = "Ewelina", ["Form.LastName"] = "Nowa", ["Form.Phone"] = "601 234 567", ["CurrentPassword"] = StaffAccounts.Password, ["Consent"] = "true" });
        Assert.Contains("Dane zostały zapisane", ok.Body!.TextContent);
        Assert.Contains("Ewelina Nowa", await client.GetStringAsync($"/siedlec{UserPaths.Account}"));
    }

    [Fact]
    public async Task Sms_notifications_wait_for_the_office_and_email_choices_are_kept()
    {
        var (adminEmail, _) = await StaffAccounts.CreateAsync(App, "kozy", "Administrator");
        var (email, id) = await StaffAccounts.CreateAsync(App, "kozy");
        var client = await StaffAccounts.SignInAsync(App, "kozy", email);
        await FormPost.SubmitAsync(client, $"/kozy{UserPaths.PersonalData}", new Dictionary<string, string>
            { ["Form.FirstName"] = "Ewa", ["Form.LastName"] = "Urzędnicza", ["Form.Phone"] = "601 234 567", ["CurrentPassword"] = StaffAccounts.Password, ["Consent"] = "true" });

        var (_, refused) = await FormPost.SubmitAsync(client, $"/kozy{UserPaths.Notifications}", new Dictionary<string, string> { ["Email"] = "sprawy", ["Sms"] = "platnosci" });
        Assert.Contains("udostępnieniu ich przez urząd", refused.QuerySelector(".error-summary")!.TextContent);

        var admin = await StaffAccounts.SignInAsync(App, "kozy", adminEmail);
        await FormPost.SubmitAsync(admin, $"/kozy/admin/uzytkownicy/{id:N}", new Dictionary<string, string>(), formSelector: "form[action*='handler=Sms']");

        var (_, saved) = await FormPost.SubmitAsync(client, $"/kozy{UserPaths.Notifications}", new Dictionary<string, string> { ["Email"] = "sprawy", ["Sms"] = "platnosci" });
        Assert.Contains("zapisane", saved.QuerySelector("[role=status]")!.TextContent);
        var page = await Html.GetAsync(client, $"/kozy{UserPaths.Notifications}");
        Assert.True(page.Document.QuerySelector("#email-sprawy")!.HasAttribute("checked"));
        Assert.False(page.Document.QuerySelector("#email-platnosci")!.HasAttribute("checked"));
        Assert.True(page.Document.QuerySelector("#sms-platnosci")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task My_data_downloads_as_json_and_deleting_the_account_ends_it()
    {
        var (email, _) = await StaffAccounts.CreateAsync(App, "pulawy");
        var client = await StaffAccounts.SignInAsync(App, "pulawy", email);

        var export = await client.GetAsync($"/pulawy{UserPaths.MyData}");
        Assert.Equal("application/json", export.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-store", export.Headers.CacheControl!.ToString());
        using var json = JsonDocument.Parse(await export.Content.ReadAsStringAsync());
        Assert.Equal(email, json.RootElement.GetProperty("email").GetString());
        Assert.Equal("Niezweryfikowano", json.RootElement.GetProperty("verification").GetString());

        var (_, refused) = await FormPost.SubmitAsync(client, $"/pulawy{UserPaths.DeleteAccount}", new Dictionary<string, string> { ["CurrentPassword"] = StaffAccounts.Password });
        Assert.Contains("Potwierdź", refused.FieldError("Confirm"));
        var (deleted, _) = await FormPost.SubmitAsync(client, $"/pulawy{UserPaths.DeleteAccount}", new Dictionary<string, string> { ["CurrentPassword"] = StaffAccounts.Password, ["Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var mail = await CaughtMail.WaitForMessageTo(email);
        Assert.NotNull(mail);

        var (login, loginDoc) = await FormPost.SubmitAsync(App.CreateClient(new() { AllowAutoRedirect = false }), $"/pulawy{UserPaths.Login}",
            new Dictionary<string, string> { ["Form.Login"] = email, ["Form.Password"] = StaffAccounts.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal("Nieprawidłowy login lub hasło.", loginDoc.FieldError("Form_Password"));
    }
}
