using System.Net;
using Eboi.ApiKeys.Domain;
using Eboi.Core.Data;
using Eboi.Core.Security;
using Eboi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Eboi.IntegrationTests.ApiKeys.ApiKeyTestData;

namespace Eboi.IntegrationTests.ApiKeys;

/// <summary>
/// ./eboi apikey create, list and revoke through the real CLI process against the app's database: the key is printed
/// once and works at once, only in its gmina and scope (validator, endpoint and RLS), is never listed or stored, and
/// revoking it ends it.
/// </summary>
public sealed class ApiKeysCliTests : FreshAppTest
{
    [Fact]
    public async Task A_key_created_by_the_cli_validates_in_its_gmina_only_is_never_listed_and_revoking_it_ends_it()
    {
        var (code, output) = await CliProcess.RunAsync(Db, "apikey", "create", "kozy", ApiKeyScopes.Open311, "--name", "Naprawmy To – test");
        Assert.True(code == 0, output);
        Assert.Contains("pokazywany tylko teraz", output);
        var key = RawKey().Match(output).Value;
        Assert.NotEmpty(key);
        var prefix = PrefixOf(key);
        Assert.Contains($"prefiks {prefix}", output);

        // It works at once in Kozy, for its scope only.
        var client = App.CreateClient();
        var me = await WhoAmIAsync(client, "kozy", key);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var json = await JsonOf(me);
        Assert.Equal(prefix, json.GetProperty("prefix").GetString());
        Assert.Equal("Naprawmy To – test", json.GetProperty("name").GetString());
        Assert.Equal(ApiKeyScopes.Open311, json.GetProperty("scope").GetString());
        Assert.Equal("kozy", json.GetProperty("gmina").GetString());
        Assert.Equal(await IdOfAsync(prefix), (await ValidateAsync(App, "kozy", key, ApiKeyScopes.Open311))?.KeyId);
        Assert.Null(await ValidateAsync(App, "kozy", key, "podatki"));

        // Another gmina refuses it: the endpoint, Core's validator, and raw SQL under RLS, which does not even see the row.
        Assert.Equal(HttpStatusCode.Forbidden, (await WhoAmIAsync(client, "siedlec", key)).StatusCode);
        Assert.Null(await ValidateAsync(App, "siedlec", key, ApiKeyScopes.Open311));
        Assert.Equal(0, await RowsVisibleToAsync(Db, "siedlec", prefix));
        Assert.Equal(1, await RowsVisibleToAsync(Db, "kozy", prefix));

        // Only the hash is stored, and the use was noted, once a minute at most.
        var row = await RowAsync(prefix);
        Assert.Equal(32, row.SecretHash.Length);
        Assert.NotNull(row.LastUsedAt);
        Assert.Equal("operator (wiersz poleceń)", row.CreatedBy);
        Assert.Equal(HttpStatusCode.OK, (await WhoAmIAsync(client, "kozy", key)).StatusCode);
        Assert.Equal(row.LastUsedAt, (await RowAsync(prefix)).LastUsedAt);

        // The list names the key without its secret.
        (code, output) = await CliProcess.RunAsync(Db, "apikey", "list", "kozy");
        Assert.True(code == 0, output);
        Assert.Contains(prefix, output);
        Assert.Contains("Naprawmy To – test", output);
        Assert.DoesNotContain(key, output);
        Assert.DoesNotContain(key[^43..], output);
        Assert.Contains("Razem: 1", output);

        // Revoked: refused at once; listed with the date; revoking again says so.
        (code, output) = await CliProcess.RunAsync(Db, "apikey", "revoke", "kozy", prefix);
        Assert.True(code == 0, output);
        Assert.Contains($"Unieważniono klucz {prefix}", output);
        Assert.Equal(HttpStatusCode.Forbidden, (await WhoAmIAsync(client, "kozy", key)).StatusCode);
        Assert.Null(await ValidateAsync(App, "kozy", key, ApiKeyScopes.Open311));
        (code, output) = await CliProcess.RunAsync(Db, "apikey", "revoke", "kozy", prefix);
        Assert.True(code == 0, output);
        Assert.Contains("był już unieważniony", output);
    }

    [Fact]
    public async Task Mistakes_get_a_polish_message_and_exit_code_1_and_usage_errors_print_the_usage()
    {
        var (code, output) = await CliProcess.RunAsync(Db, "apikey", "create", "nieistniejaca", ApiKeyScopes.Open311);
        Assert.Equal(1, code);
        Assert.Contains("Nie ma urzędu „nieistniejaca”", output);

        (code, output) = await CliProcess.RunAsync(Db, "apikey", "create", "kozy", "sprawy");
        Assert.Equal(1, code);
        Assert.Contains("Nie ma zakresu „sprawy”", output);

        (code, output) = await CliProcess.RunAsync(Db, "apikey", "revoke", "kozy", "zzzzzzzzzz");
        Assert.Equal(1, code);
        Assert.Contains("nie ma klucza API o prefiksie „zzzzzzzzzz”", output);

        (code, output) = await CliProcess.RunAsync(Db, "apikey", "create", "kozy");
        Assert.NotEqual(0, code);
        Assert.Contains("eboi apikey create GMINA ZAKRES", output);

        (code, output) = await CliProcess.RunAsync(Db, "apikey", "list", "kozy");
        Assert.True(code == 0, output);
        Assert.Contains("Razem: 0", output);
    }

    private async Task<Guid> IdOfAsync(string prefix) => (await RowAsync(prefix)).Id;

    private async Task<ApiKey> RowAsync(string prefix)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        db.UseTenant((await db.Tenants.SingleAsync(t => t.Slug == "kozy")).Id);
        return await db.Set<ApiKey>().AsNoTracking().SingleAsync(k => k.Prefix == prefix);
    }
}
