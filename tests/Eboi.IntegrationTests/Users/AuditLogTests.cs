using System.Net;
using AngleSharp.Html.Parser;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Users;
using Eboi.Users.Domain;
using Npgsql;

namespace Eboi.IntegrationTests.Users;

/// <summary>Logins, failures, lockouts, role changes and verifications land in the tenant's append-only audit log.</summary>
public sealed class AuditLogTests : FreshAppTest
{
    [Fact]
    public async Task Staff_see_logins_failures_and_role_changes_with_filters_and_nobody_can_rewrite_them()
    {
        var (adminEmail, _) = await StaffAccounts.CreateAsync(App, "kozy", "Administrator");
        var (editorEmail, editorId) = await StaffAccounts.CreateAsync(App, "kozy", "Redaktor");
        var anonymous = App.CreateClient(new() { AllowAutoRedirect = false });
        await FormPost.SubmitAsync(anonymous, $"/kozy{UserPaths.Login}", new Dictionary<string, string> { ["Form.Login"] = editorEmail, ["Form.Password"] = "Zle-Haslo9" });
        var admin = await StaffAccounts.SignInAsync(App, "kozy", adminEmail);
        await FormPost.SubmitAsync(admin, $"/kozy/admin/uzytkownicy/{editorId:N}", new Dictionary<string, string> { ["SelectedRoles"] = "Moderator" },
            formSelector: "form[action*='handler=Roles']");

        var all = await Rows(admin, $"/kozy{UserAdminPaths.AuditLog}");
        Assert.Contains(all, r => r[1] == "Nieudane logowanie" && r[2] == editorEmail);
        Assert.Contains(all, r => r[1] == "Logowanie" && r[2] == adminEmail);
        Assert.Contains(all, r => r[1] == "Zmiana ról" && r[2] == editorEmail && r[4].Contains("Redaktor → Moderator") && r[3] == adminEmail);

        var failures = await Rows(admin, $"/kozy{UserAdminPaths.AuditLog}?zdarzenie=LoginFailed");
        Assert.NotEmpty(failures);
        Assert.All(failures, r => Assert.Equal("Nieudane logowanie", r[1]));
        Assert.Empty(await Rows(admin, $"/kozy{UserAdminPaths.AuditLog}?od=2001-01-01&do=2001-01-02"));

        var editor = await StaffAccounts.SignInAsync(App, "kozy", editorEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/kozy{UserAdminPaths.AuditLog}")).StatusCode);

        await using var conn = new NpgsqlConnection(Db.AppConnectionString);
        await conn.OpenAsync();
        foreach (var sql in new[] { "UPDATE audit_log SET subject = 'x'", "DELETE FROM audit_log" })
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            var e = await Assert.ThrowsAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync());
            Assert.Equal("42501", e.SqlState);
        }
    }

    private static async Task<List<string[]>> Rows(HttpClient client, string url)
    {
        var doc = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(url));
        return doc.QuerySelectorAll("main table tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
    }
}
