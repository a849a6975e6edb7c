using System.Net.Http.Json;
using Eboi.ApiKeys.Keys;
using Eboi.Core.Data;
using Eboi.Core.Security;
using Eboi.Core.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Infrastructure;

/// <summary>The caller's side of a gmina's API: a key issued through the key store, and requests that carry it.</summary>
public static class ApiKeyClient
{
    /// <summary>A new key of <paramref name="scope"/> in the gmina, named after the system that would hold it; its raw value.</summary>
    public static async Task<string> IssueAsync(EboiAppFactory app, string gmina, string scope, string holder)
    {
        await using var s = app.Services.CreateAsyncScope();
        var db = s.ServiceProvider.GetRequiredService<EboiDbContext>();
        var tenant = await s.ServiceProvider.GetRequiredService<TenantRegistry>().FindBySlugAsync(gmina);
        var result = await db.ForTenantAsync(tenant!.Id, ct => s.ServiceProvider.GetRequiredService<ApiKeyStore>().CreateAsync(holder, scope, "test", ct));
        return result.RawKey!;
    }

    /// <summary>Sends a request with the key in its header (none when null) and, when given, a JSON body.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string? key, object? json = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (json is not null) request.Content = JsonContent.Create(json);
        if (key is not null) request.Headers.Add(ApiKeyRequest.HeaderName, key);
        return await client.SendAsync(request);
    }
}
