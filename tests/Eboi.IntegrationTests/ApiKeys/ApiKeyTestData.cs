using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Eboi.ApiKeys.Keys;
using Eboi.Core.Data;
using Eboi.Core.Security;
using Eboi.Core.Tenancy;
using Eboi.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Eboi.IntegrationTests.ApiKeys;

/// <summary>What the API key tests share: finding a printed key, asking /api/klucz, the validator and raw SQL per tenant.</summary>
internal static partial class ApiKeyTestData
{
    [GeneratedRegex(@"eboi_[a-z2-9]{10}_[A-Za-z0-9_-]{43}")]
    public static partial Regex RawKey();

    public static string PrefixOf(string rawKey) => rawKey.Split('_')[1];

    public static async Task<HttpResponseMessage> WhoAmIAsync(HttpClient client, string gmina, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/{gmina}{Eboi.ApiKeys.ApiKeysEndpoints.WhoAmI}");
        if (key is not null) request.Headers.Add(ApiKeyRequest.HeaderName, key);
        return await client.SendAsync(request);
    }

    /// <summary>A new open311 key of <paramref name="gmina"/>, issued as the CLI does (the raw key).</summary>
    public static async Task<string> IssueAsync(EboiAppFactory app, string gmina, string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<ApiKeyStore>();
        var tenant = await scope.ServiceProvider.GetRequiredService<TenantRegistry>().FindBySlugAsync(gmina);
        var result = await db.ForTenantAsync(tenant!.Id, ct => store.CreateAsync(name, ApiKeyScopes.Open311, "test", ct));
        return result.RawKey!;
    }

    public static async Task<JsonElement> JsonOf(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>Core's validator as another module calls it, inside <paramref name="gmina"/>.</summary>
    public static async Task<ApiKeyIdentity?> ValidateAsync(EboiAppFactory app, string gmina, string key, string scope)
    {
        await using var scope_ = app.Services.CreateAsyncScope();
        scope_.ServiceProvider.GetRequiredService<CurrentTenant>().Tenant = await scope_.ServiceProvider.GetRequiredService<TenantRegistry>().FindBySlugAsync(gmina);
        return await scope_.ServiceProvider.GetRequiredService<IApiKeyValidator>().ValidateAsync(key, scope, CancellationToken.None);
    }

    /// <summary>Rows of api_keys with this prefix that raw SQL as the application role sees inside <paramref name="gmina"/> (RLS).</summary>
    public static async Task<long> RowsVisibleToAsync(TestDatabase db, string gmina, string prefix)
    {
        await using var conn = new NpgsqlConnection(db.AppConnectionString);
        await conn.OpenAsync();
        Guid tenant;
        await using (var find = new NpgsqlCommand("SELECT id FROM tenants WHERE slug = @s", conn))
        {
            find.Parameters.AddWithValue("s", gmina);
            tenant = (Guid)(await find.ExecuteScalarAsync())!;
        }
        await using (var set = new NpgsqlCommand("SELECT set_config('app.tenant_id', @t, false)", conn))
        {
            set.Parameters.AddWithValue("t", tenant.ToString());
            await set.ExecuteNonQueryAsync();
        }
        await using var count = new NpgsqlCommand("SELECT count(*) FROM api_keys WHERE prefix = @p", conn);
        count.Parameters.AddWithValue("p", prefix);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
