using Eboi.Core.Modules;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Eboi.Core.Data;

/// <summary>
/// Applies the modules' SQL migrations in module order (dependencies first, see <see cref="ModuleOrder"/>), each in its
/// own transaction, under a PostgreSQL advisory lock so several app nodes starting together migrate once. Runs as the owner role; grants CRUD to the app role.
/// </summary>
public sealed class MigrationRunner(DatabaseOptions options, ModuleRegistry modules, ILogger<MigrationRunner> logger)
{
    private const long LockKey = 0x0EB0_1_2026;

    public IReadOnlyList<SqlMigration> All() =>
        modules.Modules.SelectMany(m => SqlMigration.FromAssembly(m.Name, m.GetType().Assembly)).ToList();

    /// <summary>Applies pending migrations; returns the ids applied now.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default)
    {
        await using var conn = new NpgsqlConnection(options.OwnerConnectionString);
        await conn.OpenAsync(ct);
        await Exec(conn, $"SELECT pg_advisory_lock({LockKey})", ct);
        try
        {
            await Exec(conn, """
                CREATE TABLE IF NOT EXISTS eboi_migrations (
                    id text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
                """, ct);
            var applied = new Dictionary<string, string>();
            await using (var cmd = new NpgsqlCommand("SELECT id, checksum FROM eboi_migrations", conn))
            await using (var r = await cmd.ExecuteReaderAsync(ct))
                while (await r.ReadAsync(ct)) applied[r.GetString(0)] = r.GetString(1);

            var done = new List<string>();
            foreach (var m in All())
            {
                if (applied.TryGetValue(m.Id, out var sum))
                {
                    if (sum != m.Checksum)
                        throw new InvalidOperationException($"Migration {m.Id} was changed after it was applied; add a new migration instead.");
                    continue;
                }
                await using var tx = await conn.BeginTransactionAsync(ct);
                await using (var cmd = new NpgsqlCommand(m.Sql, conn, tx)) await cmd.ExecuteNonQueryAsync(ct);
                await using (var cmd = new NpgsqlCommand("INSERT INTO eboi_migrations (id, checksum) VALUES (@id, @sum)", conn, tx))
                {
                    cmd.Parameters.AddWithValue("id", m.Id);
                    cmd.Parameters.AddWithValue("sum", m.Checksum);
                    await cmd.ExecuteNonQueryAsync(ct);
                }
                await tx.CommitAsync(ct);
                logger.LogInformation("Applied migration {Migration}", m.Id);
                done.Add(m.Id);
            }
            await GrantAsync(conn, ct);
            return done;
        }
        finally
        {
            await Exec(conn, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }

    private async Task GrantAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        await using (var check = new NpgsqlCommand("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = @r", conn))
        {
            check.Parameters.AddWithValue("r", options.AppRole);
            var result = await check.ExecuteScalarAsync(ct);
            if (result is null)
                throw new InvalidOperationException($"The application role '{options.AppRole}' does not exist. Create it: CREATE ROLE {options.AppRole} LOGIN NOSUPERUSER NOBYPASSRLS;");
            if (result is true)
                throw new InvalidOperationException($"The application role '{options.AppRole}' bypasses row-level security; it must be NOSUPERUSER NOBYPASSRLS.");
        }
        var role = new NpgsqlCommandBuilder().QuoteIdentifier(options.AppRole);
        await Exec(conn, $"""
            GRANT USAGE ON SCHEMA public TO {role};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
            REVOKE INSERT, UPDATE, DELETE ON eboi_migrations, eboi_append_only_tables FROM {role};
            DO $$ DECLARE t regclass; BEGIN
                FOR t IN SELECT tbl FROM eboi_append_only_tables LOOP
                    EXECUTE format('REVOKE UPDATE, DELETE ON %s FROM %I', t, '{options.AppRole.Replace("'", "''")}');
                END LOOP;
            END $$;
            """, ct);
    }

    private static async Task Exec(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
