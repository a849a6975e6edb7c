using Npgsql;

namespace Eboi.IntegrationTests.Infrastructure;

/// <summary>
/// A fresh database on the private test cluster (./eboi test starts it), owned by eboi_owner; dropped at the end.
/// Roles eboi_owner and eboi_app are cluster-wide and created by scripts/pg-local.sh.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("EBOI_TEST_PG") ?? "Host=127.0.0.1;Port=54339;Username=postgres;Database=postgres";

    public string Name { get; }
    public string OwnerConnectionString { get; }
    public string AppConnectionString { get; }

    private TestDatabase(string name)
    {
        Name = name;
        OwnerConnectionString = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Username = "eboi_owner" }.ConnectionString;
        AppConnectionString = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Username = "eboi_app" }.ConnectionString;
    }

    public static async Task<TestDatabase> CreateAsync()
    {
        var db = new TestDatabase($"eboi_t_{Guid.NewGuid():N}"[..20]);
        await using var conn = new NpgsqlConnection(AdminConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{db.Name}\" OWNER eboi_owner", conn);
        await cmd.ExecuteNonQueryAsync();
        return db;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(AdminConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
