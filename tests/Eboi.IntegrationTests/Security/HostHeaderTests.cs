using System.Net;
using Eboi.Catalog;
using Eboi.HostPanel;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.Users;
using Eboi.Users.Domain;

namespace Eboi.IntegrationTests.Security;

/// <summary>
/// Host header injection: the forms that mail a link (registration of a taken address, password reset, activation
/// again) never put a forged host into the office's genuine e-mail. A request for an unknown host is refused, and a
/// legitimate one gets links on the tenant's canonical address whatever host, path or X-Forwarded-Host it came with.
/// </summary>
public sealed class HostHeaderTests : FreshAppTest
{
    private const string Forged = "phish.example";
    private const string Canonical = "http://kozy.localhost:5080/";   // kozy's registered host, the public URL's scheme and port

    private HttpClient Client() => App.CreateClient(new() { AllowAutoRedirect = false });

    private static HttpRequestMessage Post(string url, string host, Dictionary<string, string> fields) =>
        new(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields), Headers = { Host = host } };

    [Fact]
    public async Task A_forged_host_is_refused_and_every_mailed_link_is_on_the_canonical_address()
    {
        var active = $"aktywne.{Guid.NewGuid():N}@example.test";
        var waiting = $"czeka.{Guid.NewGuid():N}@example.test";
        await FormPost.SubmitAsync(Client(), $"/kozy{UserPaths.Register}?typ=osoba", AccountJourneyTests.Person(active));
        await Client().GetAsync(AccountJourneyTests.LinkIn(await CaughtMail.WaitForMessageTo(active)));
        await FormPost.SubmitAsync(Client(), $"/kozy{UserPaths.Register}?typ=osoba", AccountJourneyTests.Person(waiting));
        await CaughtMail.WaitForMessageTo(waiting);

        var forms = new (string Path, Dictionary<string, string> Fields)[]
        {
            ($"/kozy{UserPaths.Register}?typ=osoba", AccountJourneyTests.Person(active)),
            ($"/kozy{UserPaths.ForgotPassword}", new() { ["Login"] = active, ["Identifier"] = "44051401359" }),
            ($"/kozy{UserPaths.ResendActivation}", new() { ["Email"] = waiting }),
        };
        foreach (var (path, fields) in forms)
        {
            // Neither the form nor its POST is served for the forged host, by path or at the root.
            foreach (var url in new[] { path, path.Replace("/kozy", "") })
            {
                var page = await Client().SendAsync(new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Host = Forged } });
                Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
                Assert.Equal(HttpStatusCode.BadRequest, (await Client().SendAsync(Post(url, Forged, fields))).StatusCode);
            }
            // The same forms submitted for real, once by path and once on the tenant's host with a forged X-Forwarded-Host.
            var byPath = Client();
            byPath.DefaultRequestHeaders.Add("X-Forwarded-Host", Forged);
            await FormPost.SubmitAsync(byPath, path, fields);
            await FormPost.SubmitAsync(Client(), "http://kozy.localhost" + path.Replace("/kozy", ""), fields);
        }

        // Mail leaves in order: once the last expected message arrived, any forged one would be here too.
        await WaitForCountAsync(active, 1 + 4);    // activation, two "already registered", two resets
        await WaitForCountAsync(waiting, 1 + 2);   // activation and two more
        var mails = CaughtMail.AllFor(active).Concat(CaughtMail.AllFor(waiting)).ToList();
        Assert.All(mails, m => Assert.DoesNotContain(Forged, m.Text + m.Html));
        Assert.All(mails, m => Assert.StartsWith(Canonical, AccountJourneyTests.LinkIn(m)));
    }

    [Fact]
    public async Task The_host_level_answers_only_on_public_hosts_and_health_answers_on_any()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client().GetAsync("/")).StatusCode);   // localhost is configured as public
        var forged = await Client().SendAsync(new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { Host = Forged } });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.DoesNotContain(Forged, await forged.Content.ReadAsStringAsync());
        var asset = await Client().SendAsync(new HttpRequestMessage(HttpMethod.Get, "/_content/Eboi.Themes.Kozy/css/kozy.css") { Headers = { Host = Forged } });
        Assert.Equal(HttpStatusCode.BadRequest, asset.StatusCode);   // not even a file is served for it
        Assert.Equal(HttpStatusCode.OK, (await Client().GetAsync("/_content/Eboi.Themes.Kozy/css/kozy.css")).StatusCode);
        var probe = await Client().SendAsync(new HttpRequestMessage(HttpMethod.Get, "/health/live") { Headers = { Host = "10.1.2.3:8080" } });
        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        var tenantHost = await Client().SendAsync(new HttpRequestMessage(HttpMethod.Get, CatalogPaths.List) { Headers = { Host = "kozy.localhost:8080" } });
        Assert.Equal(HttpStatusCode.OK, tenantHost.StatusCode);
        // Sign-in redirects are relative: the Location never repeats the Host the client sent.
        var toLogin = await Client().SendAsync(new HttpRequestMessage(HttpMethod.Get, UserPaths.Account) { Headers = { Host = "kozy.localhost:8080" } });
        Assert.Equal($"{UserPaths.Login}?ReturnUrl=%2Fkonto", toLogin.Headers.Location!.OriginalString);
        Assert.Equal($"{HostPanelPaths.Login}?ReturnUrl=%2Fadmin", (await Client().GetAsync("/admin")).Headers.Location!.OriginalString);
    }

    private static async Task WaitForCountAsync(string rcpt, int count) =>
        Assert.Equal(count, (await CaughtMail.WaitForMessagesTo(rcpt, count, timeout: TimeSpan.FromSeconds(30))).Count);
}
