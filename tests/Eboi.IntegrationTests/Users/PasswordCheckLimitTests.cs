using System.Net;
using Eboi.Core.Tenancy;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Users;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Users;

/// <summary>The account pages that ask for the current password are limited per user, and a wrong password counts towards the lockout.</summary>
public sealed class PasswordCheckLimitPerUserTests : FreshAppTest
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting("Eboi:Users:RateLimits:PasswordCheckPerUser", "3");

    [Fact]
    public async Task The_fourth_password_check_of_one_user_gets_429_and_wrong_passwords_count_towards_the_lockout()
    {
        var (email, id) = await StaffAccounts.CreateAsync(App, "kozy");
        var client = await StaffAccounts.SignInAsync(App, "kozy", email);

        var (changed, changeDoc) = await FormPost.SubmitAsync(client, $"/kozy{UserPaths.ChangePassword}", PasswordChecks.ChangePassword("Zle-Haslo-1"));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("nieprawidłowe", changeDoc.FieldError("CurrentPassword"));
        var (data, dataDoc) = await FormPost.SubmitAsync(client, $"/kozy{UserPaths.PersonalData}", PasswordChecks.PersonalData("Zle-Haslo-2"));
        Assert.Equal(HttpStatusCode.OK, data.StatusCode);
        Assert.Contains("nieprawidłowe", dataDoc.FieldError("CurrentPassword"));
        var (delete, deleteDoc) = await FormPost.SubmitAsync(client, $"/kozy{UserPaths.DeleteAccount}", PasswordChecks.DeleteAccount("Zle-Haslo-3"));
        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.Contains("obecne hasło", deleteDoc.FieldError("CurrentPassword"));
        Assert.Equal(3, await PasswordChecks.AccessFailedCountAsync(App, "kozy", id));

        // The right password is refused too once the user's permits are used: the limit comes before the check.
        var (limited, doc) = await FormPost.SubmitAsync(client, $"/kozy{UserPaths.DeleteAccount}", PasswordChecks.DeleteAccount(StaffAccounts.Password));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Zbyt wiele prób", doc.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/kozy{UserPaths.Account}")).StatusCode);   // the account still exists

        // Another user from the same address has their own count.
        var (other, _) = await StaffAccounts.CreateAsync(App, "kozy");
        var otherClient = await StaffAccounts.SignInAsync(App, "kozy", other);
        Assert.Equal(HttpStatusCode.OK, (await FormPost.SubmitAsync(otherClient, $"/kozy{UserPaths.ChangePassword}", PasswordChecks.ChangePassword("Zle-Haslo-1"))).Response.StatusCode);
    }
}

public sealed class PasswordCheckLimitPerIpTests : FreshAppTest
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting("Eboi:Users:RateLimits:PasswordCheckPerIp", "3");

    [Fact]
    public async Task Password_checks_of_several_users_from_one_address_share_its_limit()
    {
        var first = await StaffAccounts.SignInAsync(App, "siedlec", (await StaffAccounts.CreateAsync(App, "siedlec")).Email);
        var second = await StaffAccounts.SignInAsync(App, "siedlec", (await StaffAccounts.CreateAsync(App, "siedlec")).Email);
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.OK, (await FormPost.SubmitAsync(first, $"/siedlec{UserPaths.ChangePassword}", PasswordChecks.ChangePassword("Zle-Haslo-1"))).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await FormPost.SubmitAsync(second, $"/siedlec{UserPaths.PersonalData}", PasswordChecks.PersonalData("Zle-Haslo-1"))).Response.StatusCode);

        var (limited, doc) = await FormPost.SubmitAsync(second, $"/siedlec{UserPaths.PersonalData}", PasswordChecks.PersonalData("Zle-Haslo-2"));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Zbyt wiele prób", doc.QuerySelector("h1")!.TextContent);
    }
}

/// <summary>Form values of the account pages that ask for the current password.</summary>
internal static class PasswordChecks
{
    public static Dictionary<string, string> ChangePassword(string current) => new()
        { ["CurrentPassword"] = current, ["NewPassword"] = "Nowe-Haslo-2026x", ["ConfirmPassword"] = "Nowe-Haslo-2026x" };

    public static Dictionary<string, string> PersonalData(string current) => new()
        { ["Form.FirstName"] = "Ewa", ["Form.LastName"] = "Urzędnicza", ["CurrentPassword"] = current, ["Consent"] = "true" };

    public static Dictionary<string, string> DeleteAccount(string current) => new() { ["CurrentPassword"] = current, ["Confirm"] = "true" };

    public static async Task<int> AccessFailedCountAsync(EboiAppFactory app, string gmina, Guid id)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Tenant = await scope.ServiceProvider.GetRequiredService<TenantRegistry>().FindBySlugAsync(gmina);
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<EboiUser>>().FindByIdAsync(id.ToString());
        return user!.AccessFailedCount;
    }
}
