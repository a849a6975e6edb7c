using System.Text.Json;
using System.Threading.RateLimiting;
using Eboi.ApiKeys.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Eboi.Tests.ApiKeys;

/// <summary>The refusal a machine gets: 429, Retry-After in whole seconds, an Open311-shaped error in JSON or XML.</summary>
public sealed class ApiRateLimitRejectionTests
{
    private static async Task<(HttpResponse Response, string Body)> RejectAsync(string path)
    {
        using var limiter = new FixedWindowRateLimiter(new() { PermitLimit = 1, Window = TimeSpan.FromSeconds(30), QueueLimit = 0 });
        using var first = limiter.AttemptAcquire();
        using var refused = limiter.AttemptAcquire();
        Assert.False(refused.IsAcquired);
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        var body = new MemoryStream();
        context.Response.Body = body;
        await ApiRateLimitRejection.WriteAsync(new OnRejectedContext { HttpContext = context, Lease = refused }, CancellationToken.None);
        return (context.Response, System.Text.Encoding.UTF8.GetString(body.ToArray()));
    }

    [Fact]
    public async Task Json_answer_with_retry_after()
    {
        var (response, body) = await RejectAsync("/open311/v2/requests.json");
        Assert.Equal(429, response.StatusCode);
        var seconds = int.Parse(response.Headers.RetryAfter.ToString());
        Assert.InRange(seconds, 1, 30);
        Assert.StartsWith("application/json", response.ContentType);
        var error = JsonDocument.Parse(body).RootElement[0];
        Assert.Equal(429, error.GetProperty("code").GetInt32());
        Assert.Contains("Zbyt wiele zapytań", error.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Xml_answer_for_an_xml_path()
    {
        var (response, body) = await RejectAsync("/open311/v2/requests.xml");
        Assert.Equal(429, response.StatusCode);
        Assert.StartsWith("application/xml", response.ContentType);
        var xml = System.Xml.Linq.XDocument.Parse(body);
        Assert.Equal("429", xml.Root!.Element("error")!.Element("code")!.Value);
        Assert.Equal("errors", xml.Root.Name.LocalName);
    }
}
