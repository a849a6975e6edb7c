using Eboi.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace Eboi.IntegrationTests.Security;

/// <summary>A production start (external database, no Eboi:Recipes:SeedDemo) applies the recipes but creates no demo accounts.</summary>
public sealed class NoDemoDataTests : FreshAppTest
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting("Eboi:Recipes:SeedDemo", "false");

    protected override DatabaseSeed StartFrom => DatabaseSeed.Empty;   // the start itself seeds, without demo data

    [Fact]
    public async Task Recipes_are_applied_without_demo_staff_operator_or_citizens()
    {
        // As superuser: RLS would hide every tenant's users from the owner and the app role and make the count 0 anyway.
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestDatabase.AdminConnectionString) { Database = Db.Name }.ConnectionString);
        await conn.OpenAsync();
        Assert.Equal(4L, await CountAsync(conn, "tenants"));
        Assert.Equal(0L, await CountAsync(conn, "users"));
        Assert.Equal(0L, await CountAsync(conn, "host_operators"));
        Assert.Equal(0L, await CountAsync(conn, "tax_taxpayers"));
        Assert.False(File.Exists(Path.Combine(App.DataPath, "demo-accounts.txt")));
    }

    private static async Task<long> CountAsync(NpgsqlConnection conn, string table)
    {
        await using var cmd = new NpgsqlCommand($"SELECT count(*) FROM {table}", conn);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
