using Npgsql;

namespace Eboi.IntegrationTests.Infrastructure;

/// <summary>
/// A fresh database on the private test cluster (./eboi test starts it), owned by eboi_owner; dropped at the end.
/// Empty, or copied from a template already migrated and seeded (<see cref="DatabaseTemplates"/>).
/// Roles eboi_owner and eboi_app are cluster-wide and created by scripts/pg-local.sh.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("EBOI_TEST_PG") ?? "Host=127.0.0.1;Port=54339;Username=postgres;Database=postgres";

    public string Name { get; }
    public string OwnerConnectionString { get; }
    public string AppConnectionString { get; }

    /// <summary>The data folder of the template this database was copied from (its app's files), or null.</summary>
    public string? TemplateDataPath { get; }

    private TestDatabase(string name, string? templateDataPath = null)
    {
        Name = name;
        TemplateDataPath = templateDataPath;
        OwnerConnectionString = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Username = "eboi_owner" }.ConnectionString;
        AppConnectionString = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Username = "eboi_app" }.ConnectionString;
    }

    /// <summary>
    /// A new database holding <paramref name="seed"/>, copied from its template. The app started on it must be given the
    /// same seed (FreshAppTest and the fixtures do): with templates off (EBOI_TEST_TEMPLATES=0) it is empty and the app seeds it.
    /// </summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseSeed seed = DatabaseSeed.Empty)
    {
        var name = NewName();
        if (seed == DatabaseSeed.Empty || !DatabaseTemplates.Enabled) return await CreateEmptyAsync(name);
        var template = await DatabaseTemplates.ForAsync(seed);
        await CreateAsync(name, $"TEMPLATE \"{template}\"");
        return new TestDatabase(name, DatabaseTemplates.DataPathOf(template));
    }

    internal static async Task<TestDatabase> CreateEmptyAsync(string name)
    {
        await CreateAsync(name, "");
        return new TestDatabase(name);
    }

    private static string NewName() => $"eboi_t_{Guid.NewGuid():N}"[..20];

    private static async Task CreateAsync(string name, string template)
    {
        await using var conn = new NpgsqlConnection(AdminConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\" OWNER eboi_owner {template}", conn);
        await cmd.ExecuteNonQueryAsync();
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
