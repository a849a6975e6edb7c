using Eboi.IntegrationTests.Infrastructure;
using Npgsql;

namespace Eboi.IntegrationTests.Tenancy;

/// <summary>Raw SQL as the application role cannot cross tenants: RLS (FORCE) on every tenant-owned table.</summary>
[Collection(SeededCollection.Name)]
public sealed class RowLevelSecurityTests(SeededApp app)
{
    private async Task<NpgsqlConnection> AppConnectionAsync(Guid? tenant)
    {
        var conn = new NpgsqlConnection(app.Database.AppConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT set_config('app.tenant_id', @t, false)", conn);
        cmd.Parameters.AddWithValue("t", tenant?.ToString() ?? "");
        await cmd.ExecuteNonQueryAsync();
        return conn;
    }

    private async Task<Guid> TenantIdAsync(string slug)
    {
        await using var conn = await AppConnectionAsync(null);
        await using var cmd = new NpgsqlCommand("SELECT id FROM tenants WHERE slug = @s", conn);
        cmd.Parameters.AddWithValue("s", slug);
        return (Guid)(await cmd.ExecuteScalarAsync())!;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection conn, string sql, params (string, object)[] args)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        foreach (var (n, v) in args) cmd.Parameters.AddWithValue(n, v);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Tenant_a_cannot_read_update_delete_or_insert_rows_of_tenant_b()
    {
        var siedlec = await TenantIdAsync("siedlec");
        var kozy = await TenantIdAsync("kozy");
        await using var conn = await AppConnectionAsync(siedlec);

        // read: only own rows, even when asking for the other tenant explicitly
        var own = await ScalarAsync(conn, "SELECT count(*) FROM content_versions");
        Assert.True(own > 25);
        Assert.Equal(0, await ScalarAsync(conn, "SELECT count(*) FROM content_versions WHERE tenant_id <> @t", ("t", siedlec)));
        Assert.Equal(0, await ScalarAsync(conn, "SELECT count(*) FROM content_items WHERE tenant_id = @t", ("t", kozy)));

        // update and delete: no rows of the other tenant are affected
        await using (var update = new NpgsqlCommand("UPDATE content_versions SET title = 'przejęte' WHERE tenant_id = @t", conn))
        {
            update.Parameters.AddWithValue("t", kozy);
            Assert.Equal(0, await update.ExecuteNonQueryAsync());
        }
        await using (var delete = new NpgsqlCommand("DELETE FROM content_items WHERE tenant_id = @t", conn))
        {
            delete.Parameters.AddWithValue("t", kozy);
            Assert.Equal(0, await delete.ExecuteNonQueryAsync());
        }

        // insert: a row for the other tenant violates the policy
        await using var insert = new NpgsqlCommand(
            "INSERT INTO content_items (id, tenant_id, content_type, key) VALUES (gen_random_uuid(), @t, 'Strona', 'wlamanie')", conn);
        insert.Parameters.AddWithValue("t", kozy);
        var e = await Assert.ThrowsAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());
        Assert.Equal("42501", e.SqlState);

        // and Kozy still has all its rows
        await using var kozyConn = await AppConnectionAsync(kozy);
        Assert.True(await ScalarAsync(kozyConn, "SELECT count(*) FROM content_items") > 25);
        Assert.Equal(0, await ScalarAsync(kozyConn, "SELECT count(*) FROM content_versions WHERE title = 'przejęte'"));
    }

    [Fact]
    public async Task Without_a_tenant_the_app_role_sees_no_tenant_rows()
    {
        await using var conn = await AppConnectionAsync(null);
        Assert.Equal(0, await ScalarAsync(conn, "SELECT count(*) FROM content_versions"));
        Assert.Equal(0, await ScalarAsync(conn, "SELECT count(*) FROM content_types"));
    }

    // Host-level tables that reference a tenant but are read before one is known (host name lookup).
    private static readonly HashSet<string> HostLevel = ["tenant_hosts"];

    [Fact]
    public async Task Every_table_with_tenant_id_has_forced_rls_and_a_tenant_policy()
    {
        await using var conn = new NpgsqlConnection(app.Database.OwnerConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("""
            SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
                   EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'tenant_isolation')
            FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
            WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace
            """, conn);
        await using var r = await cmd.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await r.ReadAsync())
        {
            if (HostLevel.Contains(r.GetString(0))) continue;
            tables.Add(r.GetString(0));
            Assert.True(r.GetBoolean(1), $"{r.GetString(0)}: RLS not enabled");
            Assert.True(r.GetBoolean(2), $"{r.GetString(0)}: RLS not forced");
            Assert.True(r.GetBoolean(3), $"{r.GetString(0)}: no tenant_isolation policy");
        }
        Assert.Contains("content_versions", tables);
        Assert.Contains("content_items", tables);
        Assert.Contains("content_types", tables);
    }

    [Fact]
    public async Task The_app_role_cannot_bypass_rls()
    {
        await using var conn = await AppConnectionAsync(null);
        Assert.Equal(0, await ScalarAsync(conn, "SELECT count(*) FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolbypassrls)"));
        Assert.Equal(0, await ScalarAsync(conn, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user"));
    }
}
