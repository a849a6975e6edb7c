using System.Net;
using AngleSharp.Html.Parser;
using Eboi.IntegrationTests.Infrastructure;
using Npgsql;

namespace Eboi.IntegrationTests.Users;

/// <summary>The staff panel on one app (each test in its own gmina or with its own accounts): audit log, e-mail templates, demo staff.</summary>
public sealed class StaffPanelTests : FreshAppTest
{
    // Logins, failures, lockouts, role changes and verifications land in the tenant's append-only audit log.
    [Fact]
    public async Task Staff_see_logins_failures_and_role_changes_with_filters_and_nobody_can_rewrite_them()
    {
        var (adminEmail, _) = await StaffAccounts.CreateAsync(App, "kozy", "Administrator");
        var (editorEmail, editorId) = await StaffAccounts.CreateAsync(App, "kozy", "Redaktor");
        var anonymous = App.CreateClient(new() { AllowAutoRedirect = false });
        await FormPost.SubmitAsync(anonymous, "/kozy/konto/logowanie", new Dictionary<string, string> { ["Form.Login"] = editorEmail, ["Form.Password"] = "Zle-Haslo9" });
        var admin = await StaffAccounts.SignInAsync(App, "kozy", adminEmail);
        await FormPost.SubmitAsync(admin, $"/kozy/admin/uzytkownicy/{editorId:N}", new Dictionary<string, string> { ["SelectedRoles"] = "Moderator" },
            formSelector: "form[action*='handler=Roles']");

        var all = await Rows(admin, "/kozy/admin/dziennik");
        Assert.Contains(all, r => r[1] == "Nieudane logowanie" && r[2] == editorEmail);
        Assert.Contains(all, r => r[1] == "Logowanie" && r[2] == adminEmail);
        Assert.Contains(all, r => r[1] == "Zmiana ról" && r[2] == editorEmail && r[4].Contains("Redaktor → Moderator") && r[3] == adminEmail);

        var failures = await Rows(admin, "/kozy/admin/dziennik?zdarzenie=LoginFailed");
        Assert.NotEmpty(failures);
        Assert.All(failures, r => Assert.Equal("Nieudane logowanie", r[1]));
        Assert.Empty(await Rows(admin, "/kozy/admin/dziennik?od=2001-01-01&do=2001-01-02"));

        var editor = await StaffAccounts.SignInAsync(App, "kozy", editorEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/kozy/admin/dziennik")).StatusCode);

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

    // Staff edit a tenant's e-mail template in the panel; the next message uses it; reset brings the default back.
    [Fact]
    public async Task Administrator_customises_the_activation_email_with_checked_placeholders()
    {
        var (adminEmail, _) = await StaffAccounts.CreateAsync(App, "kozy", "Administrator");
        var (editorEmail, _) = await StaffAccounts.CreateAsync(App, "kozy", "Redaktor");
        var admin = await StaffAccounts.SignInAsync(App, "kozy", adminEmail);
        var editor = await StaffAccounts.SignInAsync(App, "kozy", editorEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/kozy/admin/szablony")).StatusCode);
        Assert.Contains("konto.aktywacja", await admin.GetStringAsync("/kozy/admin/szablony"));

        var page = "/kozy/admin/szablony/konto.aktywacja";
        var (_, bad) = await FormPost.SubmitAsync(admin, page, new Dictionary<string, string> { ["Subject"] = "Aktywuj konto {{nieznane}}", ["Body"] = "Kliknij {{link}}" }, formSelector: "form[novalidate]");
        Assert.NotNull(bad.QuerySelector(".error-summary"));
        Assert.Contains("nieznane", bad.QuerySelector(".error-summary")!.TextContent);

        await FormPost.SubmitAsync(admin, page, new Dictionary<string, string>
            { ["Subject"] = "Kozy: aktywuj konto, {{imie}}", ["Body"] = "Dzień dobry {{imie}}, kliknij {{link}} do {{wazny_do}}. {{urzad}}" }, formSelector: "form[novalidate]");
        Assert.Contains("własna urzędu", await admin.GetStringAsync("/kozy/admin/szablony"));

        var email = $"szablon.{Guid.NewGuid():N}@example.test";
        await FormPost.SubmitAsync(App.CreateClient(new() { AllowAutoRedirect = false }), "/kozy/konto/rejestracja?typ=osoba", AccountJourneyTests.Person(email));
        var mail = await CaughtMail.WaitForMessageTo(email);
        Assert.Equal("Kozy: aktywuj konto, Jan Kowalski", mail.Subject);
        Assert.Contains("http://kozy.localhost:5080/konto/aktywacja", mail.Text);   // the canonical address

        await FormPost.SubmitAsync(admin, page, new Dictionary<string, string>(), formSelector: "form[action*='handler=Reset']");
        Assert.DoesNotContain("własna urzędu", await admin.GetStringAsync("/kozy/admin/szablony"));
    }

    // ./eboi run seeds demo staff per gmina and a demo host operator, with generated passwords kept in the data folder, not the repository.
    [Fact, System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Demo_administrator_of_each_gmina_can_open_its_staff_panel_only()
    {
        var file = Path.Combine(App.DataPath, "demo-accounts.txt");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));   // passwords: owner only
        var lines = (await File.ReadAllLinesAsync(file)).Select(l => l.Split('\t')).ToList();
        Assert.Equal(13, lines.Count);   // Administrator, Redaktor, Urzędnik in four gminy, and the host operator
        var (slug, email, password) = lines.Where(l => l[3] == "Administrator").Select(l => (l[0], l[1], l[2])).First(l => l.Item1 == "kozy");
        Assert.DoesNotContain(password, await File.ReadAllTextAsync(Path.Combine(CliProcess.RepositoryRoot, "recipes", "kozy.recipe.json")));

        var client = App.CreateClient(new() { AllowAutoRedirect = false });
        var (login, _) = await FormPost.SubmitAsync(client, $"/{slug}/konto/logowanie", new Dictionary<string, string> { ["Form.Login"] = email, ["Form.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var panel = await client.GetAsync("/kozy/admin/uzytkownicy");
        Assert.Equal(HttpStatusCode.OK, panel.StatusCode);
        Assert.Contains("redaktor@kozy.eboi.localhost", await panel.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/siedlec/admin")).StatusCode);   // its cookie is Kozy's only

        var host = lines.Single(l => l[0] == "(host)");
        var (operatorLogin, _) = await FormPost.SubmitAsync(client, "/admin/logowanie", new Dictionary<string, string> { ["Form.Login"] = host[1], ["Form.Password"] = host[2] });
        Assert.Equal(HttpStatusCode.Redirect, operatorLogin.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/urzedy/kozy")).StatusCode);
    }
}
