using System.Net;
using System.Text.Json.Nodes;
using Eboi.Core.Data;
using Eboi.Core.Recipes;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.Recipes;
using Eboi.Recipes.Sources;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Eboi.IntegrationTests.Recipes;

/// <summary>The recipe's users step: a production tenant's first administrator is invited by e-mail, never given a password.</summary>
public sealed class RecipeUsersTests : FreshAppTest
{
    private const string PublicUrl = "https://eboi.test";
    private const string Slug = "zapraszana";
    private const string NewPassword = "Pierwszy-Admin7";

    protected override bool Seed => false;

    // Links in mail staged outside a request must come from the one configured public URL.
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting("Eboi:PublicUrl", PublicUrl);

    private static string NewEmail(string who) => $"{who}.{Guid.NewGuid():N}@example.test";

    /// <summary>The template with its placeholder administrator replaced (the catcher keeps every test's mail).</summary>
    private static JsonObject Template(params JsonObject[] users)
    {
        var doc = JsonNode.Parse(File.ReadAllText(Path.Combine(RecipePaths.FindRecipesFolder(), "gmina-template.recipe.json")))!.AsObject();
        doc["users"] = new JsonArray([.. users]);
        return doc;
    }

    private static JsonObject User(string email, params string[] roles) => new()
    {
        ["email"] = email, ["firstName"] = "Jan", ["lastName"] = "Kowalski", ["roles"] = new JsonArray([.. roles.Select(r => (JsonNode)r)]),
    };

    private async Task<RecipeApplyResult> ApplyAsync(JsonObject recipe, IReadOnlyList<RecipeUser>? extra = null)
    {
        using var scope = App.Services.CreateScope();
        var source = new RecipeSource(recipe.ToJsonString(), RecipePaths.FindRecipesFolder(), "test.recipe.json");
        return await scope.ServiceProvider.GetRequiredService<RecipeApplier>().ApplyAsync(source, new RecipeApplyOptions(Slug: Slug, ExtraUsers: extra));
    }

    private async Task<(EboiUser User, IList<string> Roles, bool HasPassword)> AccountAsync(string email)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        db.UseTenant(db.Tenants.Single(t => t.Slug == Slug).Id);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EboiUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"no account {email}");
        return (user, await users.GetRolesAsync(user), await users.HasPasswordAsync(user));
    }

    private async Task<Dictionary<string, string>> SnapshotAsync()
    {
        // A superuser sees every tenant's rows (RLS would filter the owner's view per tenant).
        var cs = new NpgsqlConnectionStringBuilder(TestDatabase.AdminConnectionString) { Database = Db.Name }.ConnectionString;
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        var snapshot = new Dictionary<string, string>();
        foreach (var sql in new[]
        {
            "SELECT count(*) FROM tenants", "SELECT count(*) FROM roles", "SELECT count(*) FROM user_roles", "SELECT count(*) FROM email_outbox",
            "SELECT count(*) FROM audit_log", "SELECT coalesce(max(updated_at)::text, '') FROM tenants",
            "SELECT coalesce(string_agg(concat_ws('|', email, password_hash, security_stamp, concurrency_stamp), ';' ORDER BY email), '') FROM users",
        })
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            snapshot[sql] = Convert.ToString(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
        }
        return snapshot;
    }

    [Fact]
    public async Task First_admin_is_invited_sets_a_password_and_a_second_apply_sends_and_writes_nothing()
    {
        var email = NewEmail("wojt");
        var recipe = Template(User(email, "Administrator"));

        var first = await ApplyAsync(recipe);
        Assert.True(first.Created);
        var (user, roles, hasPassword) = await AccountAsync(email);
        Assert.False(hasPassword);
        Assert.False(user.EmailConfirmed);
        Assert.Equal(new[] { "Administrator" }, roles);

        var mail = await CaughtMail.WaitForMessageTo(email);
        Assert.Contains("Urząd Gminy Przykładowo", mail.Subject);
        Assert.Contains("Gmina Przykładowo", mail.Text);
        Assert.Contains("Jan Kowalski", mail.Text);
        var link = new Uri(AccountJourneyTests.LinkIn(mail));
        Assert.StartsWith("https://przykladowo.localhost/konto/zaproszenie?", link.AbsoluteUri);   // the host the template registers, on the public scheme

        // The person follows the link, sets a password, logs in and reaches the staff panel.
        var query = QueryHelpers.ParseQuery(link.Query);
        // The public URL is https, so plain http would be redirected: the person uses https, as the link says.
        var client = App.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var (_, done) = await FormPost.SubmitAsync(client, link.AbsoluteUri, new Dictionary<string, string>
        {
            ["u"] = query["u"].ToString(), ["t"] = query["t"].ToString(), ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword,
            ["ConsentDataProcessing"] = "true", ["AcceptRegulamin"] = "true",
        });
        Assert.Contains("Hasło zostało ustawione", done.Body!.TextContent);
        var (login, _) = await FormPost.SubmitAsync(client, $"/{Slug}/konto/logowanie", new Dictionary<string, string> { ["Form.Login"] = email, ["Form.Password"] = NewPassword });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{Slug}/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{Slug}/admin/uzytkownicy")).StatusCode);

        // Applying the same recipe again: no change, no write, no second invitation.
        var before = await SnapshotAsync();
        var again = await ApplyAsync(recipe);
        Assert.Equal(0, again.Changes);
        Assert.Equal(before, await SnapshotAsync());

        // Naming the same person with another role adds only that role; the password stays.
        var more = await ApplyAsync(recipe, [new RecipeUser(email.ToUpperInvariant(), null, null, ["Redaktor"])]);
        Assert.True(more.Changes > 0);
        (_, roles, hasPassword) = await AccountAsync(email);
        Assert.True(hasPassword);
        Assert.Equal(new[] { "Administrator", "Redaktor" }, roles.Order());
        var relogin = App.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var (relogged, _) = await FormPost.SubmitAsync(relogin, $"/{Slug}/konto/logowanie", new Dictionary<string, string> { ["Form.Login"] = email, ["Form.Password"] = NewPassword });
        Assert.Equal(HttpStatusCode.Redirect, relogged.StatusCode);

        await MailWorker.WaitUntilDeliveredAsync(App);   // a second invitation would have reached the catcher by now
        Assert.Single(CaughtMail.AllFor(email));
    }

    [Fact]
    public async Task An_extra_user_from_the_options_is_invited_too()
    {
        var email = NewEmail("sekretarz");
        var result = await ApplyAsync(Template(), [new RecipeUser(email, "Anna", "Nowak", [RecipeUser.AdministratorRole])]);

        Assert.Equal("1", (await SnapshotAsync())["SELECT count(*) FROM email_outbox"]);
        var (_, roles, hasPassword) = await AccountAsync(email);
        Assert.False(hasPassword);
        Assert.Equal(new[] { RecipeUser.AdministratorRole }, roles);
        var mail = await CaughtMail.WaitForMessageTo(email);
        Assert.Contains("Anna Nowak", mail.Text);
        Assert.True(result.Created);
    }

    [Fact]
    public async Task Invalid_users_are_rejected_with_their_paths_before_anything_is_written()
    {
        var duplicate = NewEmail("dubel");
        var semantic = Template(User(NewEmail("ok"), "Administrator"), User(NewEmail("zla-rola"), "Administrator", "Wójt"), User(duplicate, "Redaktor"),
            User(duplicate.ToUpperInvariant(), "Redaktor"));
        RecipeUser[] extra = [new("nie-adres", null, null, ["Administrator"]), new(NewEmail("extra"), null, null, ["Sołtys"])];

        var e = await Assert.ThrowsAsync<RecipeValidationException>(() => ApplyAsync(semantic));
        var paths = e.Errors.Select(x => x.Path).ToList();
        Assert.Contains("$.users[1].roles[1]", paths);
        Assert.Contains("$.users[3].email", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("$.users[0]", StringComparison.Ordinal) || p == "$.users[2].email");

        // Users named at creation time (CLI --admin) are held to the same rules against the recipe's roles.
        var options = await Assert.ThrowsAsync<RecipeValidationException>(() => ApplyAsync(Template(), extra));
        Assert.Equal(new[] { "extraUsers[0].email", "extraUsers[1].roles[0]" }, options.Errors.Select(x => x.Path).Order());

        var schema = await Assert.ThrowsAsync<RecipeValidationException>(() => ApplyAsync(Template(User("jan.kowalski(at)gmina.pl", "Administrator"), User(NewEmail("bez-roli")))));
        Assert.Contains(schema.Errors, x => x.Path == "$.users[0].email");
        Assert.Contains(schema.Errors, x => x.Path == "$.users[1].roles");

        Assert.All(await SnapshotAsync(), kv => Assert.True(kv.Value is "0" or "", $"{kv.Key} = {kv.Value}"));
    }
}
