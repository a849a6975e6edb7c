using System.Net;
using Eboi.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Eboi.HostPanel;

namespace Eboi.IntegrationTests.Hosting;

/// <summary>
/// The defaults (./eboi run): http PublicUrl and no Eboi:Proxy. Nothing is redirected or marked Secure, and forwarded
/// headers are not believed even from loopback (which ASP.NET trusts out of the box).
/// </summary>
public sealed class PlainHttpTests
{
    [Fact]
    public async Task Without_configured_proxies_forwarded_headers_from_loopback_are_ignored_and_http_stays_http()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var app = new EboiAppFactory(db, seed: false, services: s => s.AddSingleton<IStartupFilter>(new RequestViewHeaders("a")));
        var url = app.UseRealServer();
        using var client = new HttpClient { BaseAddress = url };
        using var request = new HttpRequestMessage(HttpMethod.Get, HostPanelPaths.Login);
        request.Headers.Add("X-Forwarded-For", "203.0.113.66");
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("127.0.0.1", response.Headers.GetValues("X-Test-Client").Single());
        Assert.Equal("http", response.Headers.GetValues("X-Test-Scheme").Single());
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
    }
}
