using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Eboi.Recipes.Sources;
using Npgsql;

namespace Eboi.IntegrationTests.Infrastructure;

/// <summary>
/// Template databases, migrated and seeded once per distinct seed, that test databases are copied from
/// (CREATE DATABASE ... TEMPLATE: a file copy instead of migrations and four recipes per class).
/// A template is named after a hash of the app's assemblies (migrations are embedded in them) and the recipes, so a changed
/// migration or recipe builds a new one; it is built under a PostgreSQL advisory lock (test projects run in separate
/// processes), under a build name renamed into place only when complete, and left with connections disallowed, since a
/// copy fails while anyone is connected to its template. EBOI_TEST_TEMPLATES=0 turns them off (every class migrates and seeds).
/// </summary>
public static class DatabaseTemplates
{
    public static bool Enabled => Environment.GetEnvironmentVariable("EBOI_TEST_TEMPLATES") != "0";

    private static readonly ConcurrentDictionary<DatabaseSeed, Lazy<Task<string>>> Built = new();
    private static readonly Lazy<string> Fingerprint = new(ComputeFingerprint);

    /// <summary>The template database for <paramref name="seed"/>, built on first use in this cluster.</summary>
    public static Task<string> ForAsync(DatabaseSeed seed) =>
        Built.GetOrAdd(seed, s => new Lazy<Task<string>>(() => BuildOnceAsync(s))).Value;

    /// <summary>The data folder (demo-accounts.txt) that the template's app left, which copies of it start with.</summary>
    public static string DataPathOf(string template) => EboiAppFactory.DataPathFor(template);

    private static async Task<string> BuildOnceAsync(DatabaseSeed seed)
    {
        var name = $"eboi_tpl_{seed.ToString().ToLowerInvariant()}_{Fingerprint.Value}";
        await using var admin = new NpgsqlConnection(TestDatabase.AdminConnectionString);
        await admin.OpenAsync();
        // Session lock: released when this connection closes, even if the build throws.
        await ExecuteAsync(admin, "SELECT pg_advisory_lock(hashtext(@name))", name);
        if (await ExistsAsync(admin, name) && Directory.Exists(DataPathOf(name))) return name;

        // A template without its data folder (a cleaned temp folder) or a build interrupted earlier: start again.
        await DropAsync(admin, name);
        var build = name.Replace("eboi_tpl_", "eboi_tplb_", StringComparison.Ordinal);
        await DropAsync(admin, build);
        var database = await TestDatabase.CreateEmptyAsync(build);
        await using (var app = new EboiAppFactory(database, seed: seed == DatabaseSeed.Gminy))
            _ = app.Server;   // migrations, recipes and demo accounts, as every class's app did at its start
        NpgsqlConnection.ClearPool(new NpgsqlConnection(database.OwnerConnectionString));
        NpgsqlConnection.ClearPool(new NpgsqlConnection(database.AppConnectionString));
        await ExecuteAsync(admin, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name", build);
        await ExecuteAsync(admin, $"ALTER DATABASE \"{build}\" RENAME TO \"{name}\"");
        await ExecuteAsync(admin, $"ALTER DATABASE \"{name}\" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false");
        if (Directory.Exists(DataPathOf(name))) Directory.Delete(DataPathOf(name), recursive: true);
        // An app that wrote no file (no demo accounts) leaves no folder; the template still gets one, empty.
        if (Directory.Exists(EboiAppFactory.DataPathFor(build))) Directory.Move(EboiAppFactory.DataPathFor(build), DataPathOf(name));
        else Directory.CreateDirectory(DataPathOf(name));
        return name;
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection admin, string name)
    {
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name AND datistemplate", admin);
        cmd.Parameters.AddWithValue("name", name);
        return (long)(await cmd.ExecuteScalarAsync())! == 1;
    }

    private static async Task DropAsync(NpgsqlConnection admin, string name)
    {
        await using (var find = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", admin))
        {
            find.Parameters.AddWithValue("name", name);
            if ((long)(await find.ExecuteScalarAsync())! == 0) return;
        }
        await ExecuteAsync(admin, $"ALTER DATABASE \"{name}\" WITH IS_TEMPLATE false");
        await ExecuteAsync(admin, $"DROP DATABASE \"{name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(NpgsqlConnection admin, string sql, string? name = null)
    {
        await using var cmd = new NpgsqlCommand(sql, admin);
        if (name is not null) cmd.Parameters.AddWithValue("name", name);
        // The lock waits for the other test process's build of the same template, however long that takes under load.
        cmd.CommandTimeout = 0;
        await cmd.ExecuteNonQueryAsync();
    }

    // What a seeded database depends on: the app's assemblies (code, embedded migrations, e-mail defaults) and the recipes.
    private static string ComputeFingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var assemblies = Directory.GetFiles(AppContext.BaseDirectory, "Eboi.*.dll")
            .Where(f => !Path.GetFileName(f).Contains("Tests", StringComparison.Ordinal));
        var recipesFolder = Environment.GetEnvironmentVariable("Eboi__Recipes__RecipesPath") is { Length: > 0 } r ? r : RecipePaths.FindRecipesFolder();
        var recipes = Directory.GetFiles(recipesFolder, "*", SearchOption.AllDirectories);
        foreach (var file in assemblies.Order(StringComparer.Ordinal).Concat(recipes.Order(StringComparer.Ordinal)))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file)));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
