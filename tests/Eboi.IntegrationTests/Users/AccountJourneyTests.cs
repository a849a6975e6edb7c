using System.Net;
using System.Text.RegularExpressions;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Users;
using Eboi.Users.Domain;

namespace Eboi.IntegrationTests.Users;

/// <summary>Registration, activation by e-mail (real SMTP to the catcher), login, password change, logout.</summary>
public sealed class AccountJourneyTests : FreshAppTest
{
    private static string NewEmail() => $"jan.{Guid.NewGuid():N}@example.test";

    internal static Dictionary<string, string> Person(string email, string password = "Zielony-Las7") => new()
    {
        ["Form.FirstName"] = "Jan", ["Form.LastName"] = "Kowalski", ["Form.Pesel"] = "44051401359", ["Form.Email"] = email,
        ["Form.Phone"] = "601 234 567", ["Form.Password"] = password, ["Form.ConfirmPassword"] = password,
        ["Form.ConsentDataProcessing"] = "true", ["Form.AcceptRegulamin"] = "true",
    };

    internal static string LinkIn(CaughtMail mail) => Regex.Match(mail.Text!, @"https?://\S+").Value;

    private HttpClient Client() => App.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task Register_activate_by_email_log_in_change_password_and_log_out()
    {
        var client = Client();
        var email = NewEmail();
        var (registered, _) = await FormPost.SubmitAsync(client, $"/kozy{UserPaths.Register}?typ=osoba", Person(email));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal($"/kozy{UserPaths.RegisterDone}", registered.Headers.Location!.OriginalString);

        var mail = await CaughtMail.WaitForMessageTo(email);
        Assert.Contains("Urząd Gminy Kozy", mail.Text);
        var link = new Uri(LinkIn(mail));
        Assert.Equal("http://kozy.localhost:5080/konto/aktywacja", link.GetLeftPart(UriPartial.Path));   // the canonical address, not the request's

        // before activation the login explains it, but only to someone who knows the password
        var (early, earlyDoc) = await FormPost.SubmitAsync(client, $"/kozy{UserPaths.Login}", new Dictionary<string, string> { ["Form.Login"] = email, ["Form.Password"] = "Zielony-Las7" });
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("nie zostało jeszcze aktywowane", earlyDoc.QuerySelector(".error-summary")!.TextContent);

        var activated = await client.GetStringAsync(link.AbsoluteUri);
        Assert.Contains("Konto zostało aktywowane", activated);
        Assert.DoesNotContain("Konto zostało aktywowane", await client.GetStringAsync(link.AbsoluteUri));   // single use

        var (login, _) = await FormPost.SubmitAsync(client, $"/kozy{UserPaths.Login}", new Dictionary<string, string> { ["Form.Login"] = email, ["Form.Password"] = "Zielony-Las7" });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var account = await client.GetStringAsync($"/kozy{UserPaths.Account}");
        Assert.Contains("Jan Kowalski", account);
        Assert.Contains("Niezweryfikowano", account);

        var (changed, changedDoc) = await FormPost.SubmitAsync(client, $"/kozy{UserPaths.ChangePassword}", new Dictionary<string, string>
            { ["CurrentPassword"] = "Zielony-Las7", ["NewPassword"] = "Czerwony-Dom8", ["ConfirmPassword"] = "Czerwony-Dom8" });
        Assert.Contains("Hasło zostało zmienione", changedDoc.Body!.TextContent);
        await CaughtMail.WaitForMessageTo(email);

        var (logout, _) = await FormPost.SubmitAsync(client, $"/kozy{UserPaths.Logout}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        var afterLogout = await client.GetAsync($"/kozy{UserPaths.Account}");
        Assert.Equal(HttpStatusCode.Redirect, afterLogout.StatusCode);
        Assert.Contains($"/kozy{UserPaths.Login}", afterLogout.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Registering_an_existing_address_answers_the_same_and_tells_the_owner_by_email()
    {
        var email = NewEmail();
        var (first, _) = await FormPost.SubmitAsync(Client(), $"/siedlec{UserPaths.Register}?typ=osoba", Person(email));
        var (second, _) = await FormPost.SubmitAsync(Client(), $"/siedlec{UserPaths.Register}?typ=osoba", Person(email, "Inne-Haslo9"));
        Assert.Equal(first.StatusCode, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);

        var mails = await CaughtMail.WaitForMessagesTo(email, 2);
        Assert.Equal(2, mails.Count);
        Assert.Contains(mails, m => m.Text!.Contains("http://siedlec.localhost:5080/konto/aktywacja"));
        Assert.Contains(mails, m => m.Text!.Contains("http://siedlec.localhost:5080/konto/nie-pamietam-hasla") && !m.Text.Contains(UserPaths.Activate));
    }

    [Fact]
    public async Task Same_address_registers_in_two_gminy_and_a_cookie_of_one_never_works_in_the_other()
    {
        var email = NewEmail();
        foreach (var gmina in new[] { "kozy", "siedlec" })
        {
            await FormPost.SubmitAsync(Client(), $"/{gmina}{UserPaths.Register}?typ=osoba", Person(email));
            // One activation per gmina, the second after the first: wait for as many as gminy registered so far.
            var mails = await CaughtMail.WaitForMessagesTo(email, gmina == "kozy" ? 1 : 2);
            var mail = mails.FirstOrDefault(m => m.Text!.Contains($"http://{gmina}.localhost:5080/konto/aktywacja"));
            Assert.NotNull(mail);
            await Client().GetStringAsync(LinkIn(mail));
        }

        var kozy = Client();
        var (login, _) = await FormPost.SubmitAsync(kozy, $"/kozy{UserPaths.Login}", new Dictionary<string, string> { ["Form.Login"] = email, ["Form.Password"] = "Zielony-Las7" });
        var cookie = login.Headers.GetValues("Set-Cookie").First(c => c.StartsWith(".eboi.konto.kozy=", StringComparison.Ordinal));
        Assert.Contains("path=/kozy", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await kozy.GetAsync($"/kozy{UserPaths.Account}")).StatusCode);

        // the same cookie value presented to Siedlec, even renamed as Siedlec's cookie, is refused
        var value = cookie.Split(';')[0].Split('=', 2)[1];
        var forged = new HttpRequestMessage(HttpMethod.Get, $"/siedlec{UserPaths.Account}");
        forged.Headers.Add("Cookie", $".eboi.konto.siedlec={value}; .eboi.konto.kozy={value}");
        var response = await Client().SendAsync(forged);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Jan Kowalski", await response.Content.ReadAsStringAsync());
    }
}
