using System.Net;
using Eboi.ApiKeys;
using Eboi.Core.Security;
using Eboi.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static Eboi.IntegrationTests.ApiKeys.ApiKeyTestData;

namespace Eboi.IntegrationTests.ApiKeys;

/// <summary>
/// The api-klucz policy on GET /api/klucz with small limits: a valid key has its own window wherever it comes from,
/// requests without one share their address's window, and a refusal is a machine's 429 with Retry-After.
/// </summary>
public sealed class ApiKeyRateLimitTests : FreshAppTest
{
    private const int PerKey = 3, PerAddress = 2;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Eboi:ApiKeys:RateLimits:PerKey", PerKey.ToString());
        builder.UseSetting("Eboi:ApiKeys:RateLimits:PerAddress", PerAddress.ToString());
    }

    protected override void ConfigureServices(IServiceCollection services) => SimulatedClientAddress.AddTo(services);

    [Fact]
    public async Task Anonymous_requests_are_limited_per_address_and_get_429_with_retry_after_as_json()
    {
        var client = SimulatedClientAddress.Client(App, "203.0.113.10");
        for (var i = 0; i < PerAddress; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await WhoAmIAsync(client, "kozy", null)).StatusCode);
        var limited = await WhoAmIAsync(client, "kozy", null);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Equal("application/json", limited.Content.Headers.ContentType!.MediaType);
        var error = (await JsonOf(limited))[0];
        Assert.Equal(429, error.GetProperty("code").GetInt32());
        Assert.Contains("Zbyt wiele zapytań", error.GetProperty("description").GetString());

        // Another address is not affected.
        Assert.Equal(HttpStatusCode.Unauthorized, (await WhoAmIAsync(SimulatedClientAddress.Client(App, "203.0.113.11"), "kozy", null)).StatusCode);
    }

    [Fact]
    public async Task A_valid_key_counts_against_itself_from_any_address_including_a_key_sent_in_a_form_body()
    {
        var key = await IssueAsync("Klucz A");
        var other = await IssueAsync("Klucz B");
        var first = SimulatedClientAddress.Client(App, "198.51.100.1");

        // The key's first request in this process is counted by address (the limiter runs before the key is checked);
        // from then on the key has its own window.
        Assert.Equal(HttpStatusCode.OK, (await WhoAmIAsync(first, "kozy", key)).StatusCode);
        for (var i = 0; i < PerKey; i++) Assert.Equal(HttpStatusCode.OK, (await WhoAmIAsync(first, "kozy", key)).StatusCode);
        var limited = await WhoAmIAsync(first, "kozy", key);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);

        // The same key from another address, or in the query string or a form body (Open311's POST): the same window.
        var second = SimulatedClientAddress.Client(App, "198.51.100.2");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await WhoAmIAsync(second, "kozy", key)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await second.GetAsync($"/kozy{ApiKeysEndpoints.WhoAmI}?{ApiKeyRequest.ParameterName}={key}")).StatusCode);
        var posted = await second.PostAsync($"/kozy{ApiKeysEndpoints.WhoAmI}",
            new FormUrlEncodedContent(new Dictionary<string, string> { [ApiKeyRequest.ParameterName] = key }));
        Assert.Equal(HttpStatusCode.TooManyRequests, posted.StatusCode);

        // Another key from the first address still works: the address's own window had one request, the key's is fresh.
        Assert.Equal(HttpStatusCode.OK, (await WhoAmIAsync(first, "kozy", other)).StatusCode);
        for (var i = 0; i < PerKey; i++) Assert.Equal(HttpStatusCode.OK, (await WhoAmIAsync(first, "kozy", other)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await WhoAmIAsync(first, "kozy", other)).StatusCode);
    }

    [Fact]
    public async Task A_key_posted_in_a_form_body_is_accepted_and_counted_as_the_key()
    {
        var key = await IssueAsync("Klucz formularza");
        var client = SimulatedClientAddress.Client(App, "192.0.2.7");
        async Task<HttpStatusCode> PostAsync() => (await client.PostAsync($"/kozy{ApiKeysEndpoints.WhoAmI}",
            new FormUrlEncodedContent(new Dictionary<string, string> { [ApiKeyRequest.ParameterName] = key }))).StatusCode;
        Assert.Equal(HttpStatusCode.OK, await PostAsync());                                  // by address (1 of 2)
        for (var i = 0; i < PerKey; i++) Assert.Equal(HttpStatusCode.OK, await PostAsync());   // by key: more than the address allows
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostAsync());
    }

    private Task<string> IssueAsync(string name) => ApiKeyTestData.IssueAsync(App, "kozy", name);
}
