using System.Net;
using Eboi.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Eboi.IntegrationTests.Users;

/// <summary>Registration and host panel login attempts per IP are limited; the refusal is the Polish 429 page.</summary>
public sealed class RateLimitTests : FreshAppTest
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Eboi:Users:RateLimits:Registration", "3");
        builder.UseSetting("Eboi:HostPanel:LoginAttemptsPerWindow", "3");
    }

    [Fact]
    public async Task The_fourth_registration_post_in_the_window_gets_429_in_polish()
    {
        var client = App.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 3; i++)
        {
            var (ok, _) = await FormPost.SubmitAsync(client, "/kozy/konto/rejestracja?typ=osoba", AccountJourneyTests.Person($"limit{i}.{Guid.NewGuid():N}@example.test"));
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        }
        var (limited, doc) = await FormPost.SubmitAsync(client, "/kozy/konto/rejestracja?typ=osoba", AccountJourneyTests.Person($"limit.{Guid.NewGuid():N}@example.test"));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Zbyt wiele prób", doc.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/kozy/konto/rejestracja?typ=osoba")).StatusCode);   // reading the form stays free
    }

    [Fact]
    public async Task The_fourth_operator_login_post_in_the_window_gets_429()
    {
        var client = App.CreateClient(new() { AllowAutoRedirect = false });
        var wrong = new Dictionary<string, string> { ["Form.Login"] = "ktos", ["Form.Password"] = "Zle-haslo-1" };
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await FormPost.SubmitAsync(client, "/admin/logowanie", wrong)).Response.StatusCode);
        var (limited, doc) = await FormPost.SubmitAsync(client, "/admin/logowanie", wrong);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Zbyt wiele prób", doc.QuerySelector("h1")!.TextContent);
    }
}
