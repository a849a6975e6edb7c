using Microsoft.Extensions.Logging;
using Npgsql;

namespace Eboi.Core.Data;

/// <summary>Refuses to start when the app connection's role could bypass Row-Level Security (superuser, BYPASSRLS, owner of the database or a table).</summary>
public sealed class AppRoleCheck(DatabaseOptions options, ILogger<AppRoleCheck> logger)
{
    /// <summary>Throws with the reasons when the app role is unsafe; run after migrations, when the tables exist.</summary>
    public async Task EnsureSafeAsync(CancellationToken ct = default)
    {
        await using var conn = new NpgsqlConnection(options.AppConnectionString);
        await conn.OpenAsync(ct);
        // Membership in an owning role counts as owning: such a role may SET ROLE and switch RLS off.
        await using var cmd = new NpgsqlCommand("""
            SELECT current_user, r.rolsuper, r.rolbypassrls,
                   (SELECT pg_has_role(current_user, d.datdba, 'MEMBER') FROM pg_database d WHERE d.datname = current_database()),
                   (SELECT string_agg(c.relname, ', ' ORDER BY c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
                       AND c.relkind IN ('r', 'p') AND pg_has_role(current_user, c.relowner, 'MEMBER'))
            FROM pg_roles r WHERE r.rolname = current_user
            """, conn);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) throw new InvalidOperationException("The app connection's role was not found in pg_roles.");
        var role = reader.GetString(0);
        var problems = new List<string>();
        if (reader.GetBoolean(1)) problems.Add("is a superuser");
        if (reader.GetBoolean(2)) problems.Add("has BYPASSRLS");
        if (!reader.IsDBNull(3) && reader.GetBoolean(3)) problems.Add("owns the database");
        if (!reader.IsDBNull(4)) problems.Add($"owns tables ({Shorten(reader.GetString(4))})");
        if (problems.Count == 0) return;

        var message = $"Refusing to start: the app connection's role \"{role}\" {string.Join(", ", problems)}, so Row-Level Security " +
            $"would not isolate tenants. Connect the app as a role with NOSUPERUSER NOBYPASSRLS that owns nothing (\"{options.AppRole}\" by default; " +
            "ConnectionStrings:EboiApp or Eboi:Database:AppRole).";
        logger.LogCritical("{Message}", message);
        throw new InvalidOperationException(message);
    }

    private static string Shorten(string tables) => tables.Length <= 200 ? tables : tables[..200] + "…";
}
