using System.Net;
using Eboi.Core.Tenancy;
using Eboi.Forms;
using Eboi.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Eboi.IntegrationTests.Recipes;

/// <summary>
/// A data folder made by an older version (a gmina seeded before a module existed) is brought up to date at the next
/// start: a seed recipe that differs from the version its tenant was built from is applied again; an unchanged one
/// and a tenant of the same slug built from another recipe are left alone.
/// </summary>
public sealed class SeedRecipeUpgradeTests : FreshAppTest
{
    [Fact]
    public async Task A_gmina_built_from_an_older_recipe_gets_the_new_modules_at_the_next_start_and_the_others_are_untouched()
    {
        // As an older version left them: Kozy seeded before Forms existed; Puławy's slug taken by an operator's own recipe.
        await SqlAsync("UPDATE tenants SET modules = array_remove(modules, 'Forms'), recipe_sha256 = NULL WHERE slug = 'kozy'");
        await SqlAsync("UPDATE tenants SET modules = array_remove(modules, 'Forms'), recipe_name = 'wlasny-przepis' WHERE slug = 'pulawy'");
        App.Services.GetRequiredService<TenantRegistry>().Invalidate();
        Assert.Equal(HttpStatusCode.NotFound, (await App.CreateClient().GetAsync($"/kozy{FormsPaths.List}")).StatusCode);
        var siedlecBefore = await ScalarAsync("SELECT updated_at::text FROM tenants WHERE slug = 'siedlec'");
        await App.DisposeAsync();

        await using var restarted = new EboiAppFactory(Db, seed: true);
        var client = restarted.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/kozy{FormsPaths.List}")).StatusCode);
        Assert.NotNull(await ScalarAsync("SELECT recipe_sha256 FROM tenants WHERE slug = 'kozy'"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/pulawy{FormsPaths.List}")).StatusCode);
        Assert.Equal(siedlecBefore, await ScalarAsync("SELECT updated_at::text FROM tenants WHERE slug = 'siedlec'"));
    }

    private async Task SqlAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(Db.OwnerConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(Db.OwnerConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (await cmd.ExecuteScalarAsync()) as string;
    }
}
