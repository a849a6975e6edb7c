using System.Net;
using Eboi.Email;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Users;
using Eboi.Users.Domain;

namespace Eboi.IntegrationTests.Users;

/// <summary>Staff edit a tenant's e-mail template in the panel; the next message uses it; reset brings the default back.</summary>
public sealed class EmailTemplateAdminTests : FreshAppTest
{
    [Fact]
    public async Task Administrator_customises_the_activation_email_with_checked_placeholders()
    {
        var (adminEmail, _) = await StaffAccounts.CreateAsync(App, "kozy", "Administrator");
        var (editorEmail, _) = await StaffAccounts.CreateAsync(App, "kozy", "Redaktor");
        var admin = await StaffAccounts.SignInAsync(App, "kozy", adminEmail);
        var editor = await StaffAccounts.SignInAsync(App, "kozy", editorEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/kozy{EmailAdminPaths.Templates}")).StatusCode);
        Assert.Contains("konto.aktywacja", await admin.GetStringAsync($"/kozy{EmailAdminPaths.Templates}"));

        var page = "/kozy/admin/szablony/konto.aktywacja";
        var (_, bad) = await FormPost.SubmitAsync(admin, page, new Dictionary<string, string> { ["Subject"] = "Aktywuj konto {{nieznane}}", ["Body"] = "Kliknij {{link}}" }, formSelector: "form[novalidate]");
        Assert.NotNull(bad.QuerySelector(".error-summary"));
        Assert.Contains("nieznane", bad.QuerySelector(".error-summary")!.TextContent);
        // A Liquid syntax error: said in Polish, and what was typed stays in the field.
        var (_, broken) = await FormPost.SubmitAsync(admin, page, new Dictionary<string, string> { ["Subject"] = "Aktywacja", ["Body"] = "Kliknij {{ link }" }, formSelector: "form[novalidate]");
        Assert.Contains("Błąd zapisu w treści (wiersz 1, znak", broken.QuerySelector(".error-summary")!.TextContent);
        Assert.Contains("Kliknij {{ link }", broken.QuerySelector("textarea")!.TextContent);

        await FormPost.SubmitAsync(admin, page, new Dictionary<string, string>
            { ["Subject"] = "Kozy: aktywuj konto, {{imie}}", ["Body"] = "Dzień dobry {{imie}}, kliknij {{link}} do {{wazny_do}}. {{urzad}}" }, formSelector: "form[novalidate]");
        Assert.Contains("własna urzędu", await admin.GetStringAsync($"/kozy{EmailAdminPaths.Templates}"));

        var email = $"szablon.{Guid.NewGuid():N}@example.test";
        await FormPost.SubmitAsync(App.CreateClient(new() { AllowAutoRedirect = false }), $"/kozy{UserPaths.Register}?typ=osoba", AccountJourneyTests.Person(email));
        var mail = await CaughtMail.WaitForMessageTo(email);
        Assert.Equal("Kozy: aktywuj konto, Jan Kowalski", mail.Subject);
        Assert.Contains("http://kozy.localhost:5080/konto/aktywacja", mail.Text);   // the canonical address

        await FormPost.SubmitAsync(admin, page, new Dictionary<string, string>(), formSelector: "form[action*='handler=Reset']");
        Assert.DoesNotContain("własna urzędu", await admin.GetStringAsync($"/kozy{EmailAdminPaths.Templates}"));
    }
}
