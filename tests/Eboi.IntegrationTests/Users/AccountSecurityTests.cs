using System.Net;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Users;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Eboi.IntegrationTests.Users;

/// <summary>Lockout, enumeration resistance of login and password reset, link expiry, rate limits.</summary>
public sealed class AccountSecurityTests : FreshAppTest
{
    protected override void ConfigureServices(IServiceCollection services) =>
        // a short reset lifespan so expiry can be observed; activation keeps its production 48 h (asserted below)
        services.Configure<Eboi.Users.Web.PasswordResetTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromSeconds(2));

    private HttpClient Client() => App.CreateClient(new() { AllowAutoRedirect = false });

    private async Task<string> ActiveAccountAsync(string gmina)
    {
        var email = $"konto.{Guid.NewGuid():N}@example.test";
        await FormPost.SubmitAsync(Client(), $"/{gmina}{UserPaths.Register}?typ=osoba", AccountJourneyTests.Person(email));
        var mail = await CaughtMail.WaitForMessageTo(email);
        await Client().GetStringAsync(AccountJourneyTests.LinkIn(mail));
        return email;
    }

    private Task<(HttpResponseMessage, AngleSharp.Html.Dom.IHtmlDocument)> LoginAsync(HttpClient client, string gmina, string login, string password) =>
        FormPost.SubmitAsync(client, $"/{gmina}{UserPaths.Login}", new Dictionary<string, string> { ["Form.Login"] = login, ["Form.Password"] = password });

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_an_unknown_address_reads_the_same()
    {
        var email = await ActiveAccountAsync("siedlec");
        var client = Client();
        string? lastKnown = null, lastUnknown = null;
        for (var i = 0; i < 5; i++)
        {
            lastKnown = (await LoginAsync(client, "siedlec", email, "Zle-Haslo9")).Item2.QuerySelector("main")!.TextContent;
            lastUnknown = (await LoginAsync(client, "siedlec", "nikt@example.test", "Zle-Haslo9")).Item2.QuerySelector("main")!.TextContent;
        }
        Assert.Contains("zablokowane na 15 minut", lastKnown);
        Assert.Contains("zablokowane na 15 minut", lastUnknown);
        // the right password does not get through a locked account
        var (response, doc) = await LoginAsync(client, "siedlec", email, "Zielony-Las7");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("zablokowane", doc.QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_address_get_the_same_answer()
    {
        var email = await ActiveAccountAsync("kozy");
        var known = (await LoginAsync(Client(), "kozy", email, "Zle-Haslo9")).Item2.FieldError("Form_Password");
        var unknown = (await LoginAsync(Client(), "kozy", "nieznany@example.test", "Zle-Haslo9")).Item2.FieldError("Form_Password");
        Assert.Equal("Nieprawidłowy login lub hasło.", known);
        Assert.Equal(known, unknown);
    }

    [Fact]
    public async Task Password_reset_answers_the_same_and_mails_a_single_use_link_only_on_a_match()
    {
        var email = await ActiveAccountAsync("pulawy");
        var before = CaughtMail.AllFor(email).Count;
        string Answer((HttpResponseMessage, AngleSharp.Html.Dom.IHtmlDocument) r) => r.Item2.QuerySelector("[role=status]")!.TextContent;

        var wrongId = Answer(await FormPost.SubmitAsync(Client(), $"/pulawy{UserPaths.ForgotPassword}", new Dictionary<string, string> { ["Login"] = email, ["Identifier"] = "02211307589" }));
        var unknown = Answer(await FormPost.SubmitAsync(Client(), $"/pulawy{UserPaths.ForgotPassword}", new Dictionary<string, string> { ["Login"] = "nikt@example.test", ["Identifier"] = "44051401359" }));
        var match = Answer(await FormPost.SubmitAsync(Client(), $"/pulawy{UserPaths.ForgotPassword}", new Dictionary<string, string> { ["Login"] = email, ["Identifier"] = "44051401359" }));
        Assert.Equal(wrongId, unknown);
        Assert.Equal(unknown, match);

        var mails = await CaughtMail.WaitForMessagesTo(email, before + 1);
        Assert.Equal(before + 1, mails.Count);
        var link = new Uri(AccountJourneyTests.LinkIn(mails[^1]));
        Assert.DoesNotContain("Zielony-Las7", mails[^1].Text);

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query);
        var reset = new Dictionary<string, string> { ["u"] = query["u"].ToString(), ["t"] = query["t"].ToString(), ["Password"] = "Nowe-Haslo42", ["ConfirmPassword"] = "Nowe-Haslo42" };
        var (_, done) = await FormPost.SubmitAsync(Client(), link.AbsoluteUri, reset);
        Assert.Contains("Hasło zostało zmienione", done.Body!.TextContent);
        var (login, _) = await LoginAsync(Client(), "pulawy", email, "Nowe-Haslo42");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        var (_, again) = await FormPost.SubmitAsync(Client(), link.AbsoluteUri, reset);
        Assert.Contains("Link jest nieprawidłowy", again.QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task An_expired_reset_link_is_refused_and_activation_links_live_48_hours()
    {
        var email = await ActiveAccountAsync("kozy");
        var before = CaughtMail.AllFor(email).Count;
        await FormPost.SubmitAsync(Client(), $"/kozy{UserPaths.ForgotPassword}", new Dictionary<string, string> { ["Login"] = email, ["Identifier"] = "44051401359" });
        var link = new Uri(AccountJourneyTests.LinkIn((await CaughtMail.WaitForMessagesTo(email, before + 1))[^1]));
        // Identity's token provider reads the system clock (no TimeProvider to fake): outlive the test's 2 s lifespan.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query);
        var (_, doc) = await FormPost.SubmitAsync(Client(), link.AbsoluteUri, new Dictionary<string, string>
            { ["u"] = query["u"].ToString(), ["t"] = query["t"].ToString(), ["Password"] = "Nowe-Haslo42", ["ConfirmPassword"] = "Nowe-Haslo42" });
        Assert.Contains("wygasł", doc.QuerySelector(".error-summary")!.TextContent);

        Assert.Equal(TimeSpan.FromHours(48), App.Services.GetRequiredService<IOptions<DataProtectionTokenProviderOptions>>().Value.TokenLifespan);
    }
}
