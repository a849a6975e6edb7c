using Eboi.Users.Domain;
using Eboi.Users.Email;
using Eboi.Email;
using Eboi.Email.Delivery;
using Eboi.Email.Domain;
using Eboi.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Eboi.IntegrationTests.Email;

/// <summary>
/// Raw SQL as the application role: a tenant sees only its own outbox rows; the worker scope sees every tenant's
/// outbox rows (read and update only) and nothing more of any other table.
/// </summary>
[Collection(SmtpMailCollection.Name)]
public sealed class OutboxIsolationTests(SmtpMailApp app)
{
    private async Task<NpgsqlConnection> ConnectAsync(Guid? tenant, string scope = "")
    {
        var conn = new NpgsqlConnection(app.Db.AppConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT set_config('app.tenant_id', @t, false), set_config('app.scope', @s, false)", conn);
        cmd.Parameters.AddWithValue("t", tenant?.ToString() ?? "");
        cmd.Parameters.AddWithValue("s", scope);
        await cmd.ExecuteNonQueryAsync();
        return conn;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection conn, string sql, params (string, object)[] args)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        foreach (var (n, v) in args) cmd.Parameters.AddWithValue(n, v);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection conn, string sql, params (string, object)[] args)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        foreach (var (n, v) in args) cmd.Parameters.AddWithValue(n, v);
        return await cmd.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Tenant_a_cannot_see_or_change_the_outbox_rows_of_tenant_b_but_the_worker_scope_sees_both()
    {
        var siedlec = (await app.TenantAsync("siedlec")).Id;
        var kozy = (await app.TenantAsync("kozy")).Id;
        var siedlecTo = MailApp.NewAddress("rls-siedlec");
        var kozyTo = MailApp.NewAddress("rls-kozy");
        var values = new Dictionary<string, string> { [AccountEmailPlaceholders.Imie] = "Ola" };
        await app.EnqueueWithChangeAsync("siedlec", new OutgoingEmail(AccountEmails.AccountDeleted, siedlecTo, values));
        await app.EnqueueWithChangeAsync("kozy", new OutgoingEmail(AccountEmails.AccountDeleted, kozyTo, values));
        await using (var scope = await app.TenantScopeAsync("kozy"))
        {
            var result = await scope.ServiceProvider.GetRequiredService<Eboi.Email.Templates.EmailTemplateService>()
                .SaveAsync(AccountEmails.AccountDeleted, "Temat", "Treść {{imie}}", "admin");
            Assert.True(result.Saved);
        }

        await using (var conn = await ConnectAsync(kozy))
        {
            Assert.Equal(1, await ScalarAsync(conn, "SELECT count(*) FROM email_outbox WHERE to_address = @a", ("a", kozyTo)));
            Assert.Equal(0, await ScalarAsync(conn, "SELECT count(*) FROM email_outbox WHERE to_address = @a", ("a", siedlecTo)));
            Assert.Equal(0, await ScalarAsync(conn, "SELECT count(*) FROM email_outbox WHERE tenant_id = @t", ("t", siedlec)));
            Assert.Equal(0, await ExecuteAsync(conn, "UPDATE email_outbox SET status = 'Failed' WHERE tenant_id = @t", ("t", siedlec)));
            Assert.Equal(0, await ExecuteAsync(conn, "DELETE FROM email_outbox WHERE tenant_id = @t", ("t", siedlec)));
        }

        await using (var none = await ConnectAsync(null))
            Assert.Equal(0, await ScalarAsync(none, "SELECT count(*) FROM email_outbox"));

        await using (var worker = await ConnectAsync(null, OutboxWorkerScope.Name))
        {
            Assert.Equal(2, await ScalarAsync(worker, "SELECT count(*) FROM email_outbox WHERE to_address IN (@a, @b)", ("a", siedlecTo), ("b", kozyTo)));
            Assert.Equal(2, await ScalarAsync(worker, "SELECT count(DISTINCT tenant_id) FROM email_outbox WHERE to_address IN (@a, @b)", ("a", siedlecTo), ("b", kozyTo)));
            // The scope may only read and update the outbox: no deletes, no inserts, no other table.
            Assert.Equal(0, await ExecuteAsync(worker, "DELETE FROM email_outbox WHERE to_address = @a", ("a", siedlecTo)));
            var insert = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(worker, """
                INSERT INTO email_outbox (id, tenant_id, template_key, to_address, subject, body_text, body_html)
                VALUES (gen_random_uuid(), @t, 'konto.usuniete', 'x@example.test', 's', 't', 'h')
                """, ("t", siedlec)));
            Assert.Equal("42501", insert.SqlState);
            Assert.Equal(0, await ScalarAsync(worker, "SELECT count(*) FROM email_templates"));
            Assert.Equal(0, await ScalarAsync(worker, "SELECT count(*) FROM content_items"));
        }

        // The same holds for a tenant-scoped connection with a scope name that no policy knows.
        await using (var stranger = await ConnectAsync(null, "inny-zakres"))
            Assert.Equal(0, await ScalarAsync(stranger, "SELECT count(*) FROM email_outbox"));
    }

    [Fact]
    public async Task Email_tables_have_forced_rls_with_the_tenant_policy()
    {
        await using var conn = new NpgsqlConnection(app.Db.OwnerConnectionString);
        await conn.OpenAsync();
        foreach (var table in new[] { "email_outbox", "email_templates" })
        {
            Assert.Equal(1, await ScalarAsync(conn, """
                SELECT count(*) FROM pg_class c
                WHERE c.relname = @t AND c.relrowsecurity AND c.relforcerowsecurity
                  AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'tenant_isolation')
                """, ("t", table)));
        }
        Assert.Equal(0, await ScalarAsync(conn, """
            SELECT count(*) FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid
            WHERE c.relname <> 'email_outbox' AND pg_get_expr(p.polqual, p.polrelid) LIKE '%outbox-worker%'
            """));
        // The other worker scopes are the job loop's (events and deliveries) and the workflow engine's (claiming instances
        // of every tenant, reading their definitions); no other table is widened.
        Assert.Equal(0, await ScalarAsync(conn, """
            SELECT count(*) FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid
            WHERE c.relname NOT IN ('email_outbox', 'domain_events', 'job_deliveries', 'workflow_instances', 'workflow_definitions')
              AND coalesce(pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid)) LIKE '%app.scope%'
            """));
    }
}
