using System.Net;
using Eboi.HostPanel;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Users;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Users;

/// <summary>Registration, login and host panel login attempts per client address are limited; the refusal is the Polish 429 page.</summary>
public sealed class RateLimitTests : FreshAppTest
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Eboi:Users:RateLimits:Registration", "3");
        builder.UseSetting("Eboi:HostPanel:LoginAttemptsPerWindow", "3");
        builder.UseSetting("Eboi:Users:RateLimits:Login", "3");
    }

    protected override void ConfigureServices(IServiceCollection services) => SimulatedClientAddress.AddTo(services);

    [Fact]
    public async Task Each_client_address_has_its_own_login_bucket_and_an_ipv6_slash_64_is_one_client()
    {
        async Task<HttpStatusCode> PostFrom(string address) => (await FormPost.SubmitAsync(SimulatedClientAddress.Client(App, address), $"/kozy{UserPaths.Login}",
            new Dictionary<string, string> { ["Form.Login"] = $"ktos.{Guid.NewGuid():N}@example.test", ["Form.Password"] = "Zle-haslo-1" })).Response.StatusCode;

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, await PostFrom("203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostFrom("203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await PostFrom("203.0.113.2"));   // another citizen does not share the first one's bucket

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, await PostFrom($"2001:db8:5:6::{i + 1}"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostFrom("2001:db8:5:6:ffff::1"));   // same /64: same client
        Assert.Equal(HttpStatusCode.OK, await PostFrom("2001:db8:5:7::1"));
    }

    [Fact]
    public async Task The_fourth_registration_post_in_the_window_gets_429_in_polish()
    {
        var client = App.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 3; i++)
        {
            var (ok, _) = await FormPost.SubmitAsync(client, $"/kozy{UserPaths.Register}?typ=osoba", AccountJourneyTests.Person($"limit{i}.{Guid.NewGuid():N}@example.test"));
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        }
        var (limited, doc) = await FormPost.SubmitAsync(client, $"/kozy{UserPaths.Register}?typ=osoba", AccountJourneyTests.Person($"limit.{Guid.NewGuid():N}@example.test"));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Zbyt wiele prób", doc.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/kozy{UserPaths.Register}?typ=osoba")).StatusCode);   // reading the form stays free
    }

    [Fact]
    public async Task The_fourth_operator_login_post_in_the_window_gets_429()
    {
        var client = App.CreateClient(new() { AllowAutoRedirect = false });
        var wrong = new Dictionary<string, string> { ["Form.Login"] = "ktos", ["Form.Password"] = "Zle-haslo-1" };
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await FormPost.SubmitAsync(client, HostPanelPaths.Login, wrong)).Response.StatusCode);
        var (limited, doc) = await FormPost.SubmitAsync(client, HostPanelPaths.Login, wrong);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Zbyt wiele prób", doc.QuerySelector("h1")!.TextContent);
    }
}
