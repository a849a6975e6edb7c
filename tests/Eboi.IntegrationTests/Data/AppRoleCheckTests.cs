using Eboi.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace Eboi.IntegrationTests.Data;

/// <summary>The app refuses to start when its connection's role could bypass Row-Level Security.</summary>
public sealed class AppRoleCheckTests
{
    [Theory]
    [InlineData("eboi_owner", "owns the database")]
    [InlineData("eboi_owner", "owns tables")]
    [InlineData("postgres", "is a superuser")]
    public async Task Start_up_fails_when_the_app_connects_as_an_owner_or_a_superuser(string role, string reason)
    {
        await using var db = await TestDatabase.CreateAsync();
        var appConnection = new NpgsqlConnectionStringBuilder(db.AppConnectionString) { Username = role }.ConnectionString;
        await using var app = new EboiAppFactory(db, seed: false, host: b => b.UseSetting("ConnectionStrings:EboiApp", appConnection));

        var error = Assert.ThrowsAny<Exception>(() => app.Server);
        var message = Messages(error);
        Assert.Contains($"Refusing to start: the app connection's role \"{role}\"", message);
        Assert.Contains(reason, message);
    }

    private const string RolePassword = "Bypass-Haslo-Testowe9";

    [Fact]
    public async Task Start_up_fails_when_the_app_role_has_bypassrls()
    {
        await using var db = await TestDatabase.CreateAsync();
        var role = "eboi_bypass_" + db.Name.Replace("-", "_");
        await using (var admin = new NpgsqlConnection(TestDatabase.AdminConnectionString))
        {
            await admin.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE ROLE {role} LOGIN NOSUPERUSER BYPASSRLS PASSWORD '{RolePassword}'", admin);
            await cmd.ExecuteNonQueryAsync();
        }
        try
        {
            var appConnection = new NpgsqlConnectionStringBuilder(db.AppConnectionString) { Username = role, Password = RolePassword }.ConnectionString;   // the private cluster takes passwords only
            await using var app = new EboiAppFactory(db, seed: false, host: b => b.UseSetting("ConnectionStrings:EboiApp", appConnection));
            var message = Messages(Assert.ThrowsAny<Exception>(() => app.Server));
            Assert.Contains($"role \"{role}\" has BYPASSRLS", message);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(TestDatabase.AdminConnectionString);
            await admin.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP ROLE {role}", admin);
            await cmd.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task The_default_app_role_starts()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var app = new EboiAppFactory(db, seed: false);
        Assert.NotNull(app.Server);
    }

    private static string Messages(Exception e) => e.InnerException is null ? e.Message : e.Message + " | " + Messages(e.InnerException);
}
