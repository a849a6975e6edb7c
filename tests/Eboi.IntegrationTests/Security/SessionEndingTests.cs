using System.Net;
using Eboi.Core.Tenancy;
using Eboi.HostPanel.Tenants;
using Eboi.HostPanel.Accounts;
using Eboi.IntegrationTests.HostPanel;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.Users;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Eboi.Catalog;
using Eboi.HostPanel;

namespace Eboi.IntegrationTests.Security;

/// <summary>
/// A staff block, a role change, a revoked verification, a password change and a deleted account end the affected
/// sessions at their next check (at most <see cref="UsersModule.SessionCheckInterval"/>, a minute); a disabled tenant
/// and a blocked operator end them at once. A staff block is not a lockout: a password reset does not lift it.
/// </summary>
public sealed class SessionEndingTests : FreshAppTest
{
    // The session check's clock, set by hand; the cookies keep the real one. It starts in the past (no session is due
    // before the test says so) and is then set a minute past now, which makes every session due.
    private readonly FakeTimeProvider _checkClock = new(DateTimeOffset.UtcNow - TimeSpan.FromHours(1));

    protected override void ConfigureServices(IServiceCollection services) =>
        services.PostConfigure<SecurityStampValidatorOptions>(o => o.TimeProvider = _checkClock);

    private static async Task<bool> SignedInAsync(HttpClient client, string gmina) =>
        (await client.GetAsync($"/{gmina}{UserPaths.Account}")).StatusCode == HttpStatusCode.OK;

    private async Task PostAsAdminAsync(HttpClient admin, Guid user, string handler, Dictionary<string, string>? fields = null)
    {
        var (response, _) = await FormPost.SubmitAsync(admin, $"/kozy/admin/uzytkownicy/{user:N}", fields ?? [], formSelector: $"form[action*='handler={handler}']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Staff_actions_and_the_owner_end_sessions_at_the_next_check_and_only_staff_lift_a_block()
    {
        Assert.Equal(TimeSpan.FromMinutes(1), App.Services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval);
        var (adminEmail, _) = await StaffAccounts.CreateAsync(App, "kozy", "Administrator");
        var (blockedEmail, blockedId) = await StaffAccounts.CreateAsync(App, "kozy", "Redaktor");
        var (demotedEmail, demotedId) = await StaffAccounts.CreateAsync(App, "kozy", "Redaktor");
        var (verifiedEmail, verifiedId) = await StaffAccounts.CreateAsync(App, "kozy");
        var (ownerEmail, _) = await StaffAccounts.CreateAsync(App, "kozy");
        var (leavingEmail, _) = await StaffAccounts.CreateAsync(App, "kozy");
        await SetVerifiedAsync(verifiedId);

        var admin = await StaffAccounts.SignInAsync(App, "kozy", adminEmail);
        var blocked = await StaffAccounts.SignInAsync(App, "kozy", blockedEmail);
        var demoted = await StaffAccounts.SignInAsync(App, "kozy", demotedEmail);
        var verified = await StaffAccounts.SignInAsync(App, "kozy", verifiedEmail);
        var ownerElsewhere = await StaffAccounts.SignInAsync(App, "kozy", ownerEmail);
        var owner = await StaffAccounts.SignInAsync(App, "kozy", ownerEmail);
        var leavingElsewhere = await StaffAccounts.SignInAsync(App, "kozy", leavingEmail);
        var leaving = await StaffAccounts.SignInAsync(App, "kozy", leavingEmail);
        Assert.Equal(HttpStatusCode.OK, (await blocked.GetAsync($"/kozy{CatalogPaths.AdminList}")).StatusCode);

        await PostAsAdminAsync(admin, blockedId, "Lock");
        await PostAsAdminAsync(admin, demotedId, "Roles");   // no role ticked: the Redaktor role is taken away
        await PostAsAdminAsync(admin, verifiedId, "RevokeVerification", new() { ["RevokeReason"] = "pomyłka przy weryfikacji" });
        var (changed, _) = await FormPost.SubmitAsync(owner, $"/kozy{UserPaths.ChangePassword}", new Dictionary<string, string>
            { ["CurrentPassword"] = StaffAccounts.Password, ["NewPassword"] = "Nowe-Haslo-Wlasciciela7", ["ConfirmPassword"] = "Nowe-Haslo-Wlasciciela7" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var (deleted, _) = await FormPost.SubmitAsync(leaving, $"/kozy{UserPaths.DeleteAccount}", new Dictionary<string, string>
            { ["CurrentPassword"] = StaffAccounts.Password, ["Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        // Within the minute the sessions still run on their last check (that is the promise: at most a minute).
        Assert.Equal(HttpStatusCode.OK, (await blocked.GetAsync($"/kozy{CatalogPaths.AdminList}")).StatusCode);
        _checkClock.SetUtcNow(DateTimeOffset.UtcNow + UsersModule.SessionCheckInterval + TimeSpan.FromSeconds(1));

        var toLogin = (await blocked.GetAsync($"/kozy{CatalogPaths.AdminList}")).Headers.Location?.OriginalString;
        Assert.Contains($"/kozy{UserPaths.Login}", toLogin);
        Assert.False(await SignedInAsync(blocked, "kozy"));
        Assert.Equal(HttpStatusCode.Redirect, (await demoted.GetAsync($"/kozy{CatalogPaths.AdminList}")).StatusCode);
        Assert.False(await SignedInAsync(demoted, "kozy"));
        Assert.False(await SignedInAsync(verified, "kozy"));
        Assert.False(await SignedInAsync(ownerElsewhere, "kozy"));
        Assert.True(await SignedInAsync(owner, "kozy"));   // the session that changed the password goes on
        Assert.False(await SignedInAsync(leavingElsewhere, "kozy"));
        Assert.True(await SignedInAsync(admin, "kozy"));   // nobody else is affected

        // The blocked Redaktor resets the password by e-mail: the block stays, and only after the right password is it named.
        var (_, refused) = await LoginAsync(blockedEmail, StaffAccounts.Password);
        Assert.Contains("zablokowane przez urząd", refused.QuerySelector(".error-summary")!.TextContent);
        var newPassword = await ResetPasswordAsync(blockedEmail, blockedId);
        var (stillBlocked, stillDoc) = await LoginAsync(blockedEmail, newPassword);
        Assert.Equal(HttpStatusCode.OK, stillBlocked.StatusCode);
        Assert.Contains("zablokowane przez urząd", stillDoc.QuerySelector(".error-summary")!.TextContent);
        var (_, wrongDoc) = await LoginAsync(blockedEmail, "Zle-Haslo-123");
        Assert.Equal("Nieprawidłowy login lub hasło.", wrongDoc.FieldError("Form_Password"));

        await PostAsAdminAsync(admin, blockedId, "Unlock");
        var (back, _) = await LoginAsync(blockedEmail, newPassword);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
    }

    [Fact]
    public async Task Disabling_a_tenant_ends_its_sessions_for_good_and_a_blocked_operator_is_out_at_once()
    {
        var (email, _) = await StaffAccounts.CreateAsync(App, "pulawy");
        var citizen = await StaffAccounts.SignInAsync(App, "pulawy", email);
        var (kozyEmail, _) = await StaffAccounts.CreateAsync(App, "kozy");
        var kozy = await StaffAccounts.SignInAsync(App, "kozy", kozyEmail);
        await SetStateAsync("pulawy", TenantState.Disabled);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await citizen.GetAsync($"/pulawy{UserPaths.Account}")).StatusCode);
        await SetStateAsync("pulawy", TenantState.Active);
        Assert.False(await SignedInAsync(citizen, "pulawy"));   // enabling again does not revive the session
        Assert.True(await SignedInAsync(kozy, "kozy"));
        Assert.True(await SignedInAsync(await StaffAccounts.SignInAsync(App, "pulawy", email), "pulawy"));   // a new login works

        var (login, password) = await Operators.CreateAsync(App);
        var op = await Operators.SignInAsync(App, login, password);
        Assert.Equal(HttpStatusCode.OK, (await op.GetAsync("/admin")).StatusCode);
        var (code, output) = await CliProcess.RunAsync(Db, "operator", "block", login);
        Assert.True(code == 0, output);
        Assert.Equal(HttpStatusCode.Redirect, (await op.GetAsync("/admin")).StatusCode);
        Assert.Contains("zablokowane", await OperatorLoginErrorAsync(login, password));
        var newPassword = await ResetOperatorAsync(login);   // the server administrator's reset lifts a lockout, not a block
        Assert.Contains("zablokowane", await OperatorLoginErrorAsync(login, newPassword));
        Assert.DoesNotContain("zablokowane", await OperatorLoginErrorAsync(login, "Zle-Haslo-123"));   // told only to the password's owner
        (code, output) = await CliProcess.RunAsync(Db, "operator", "unblock", login);
        Assert.True(code == 0, output);
        Assert.Equal(HttpStatusCode.OK, (await (await Operators.SignInAsync(App, login, newPassword)).GetAsync("/admin")).StatusCode);
    }

    private async Task<string> OperatorLoginErrorAsync(string login, string password)
    {
        var (response, doc) = await FormPost.SubmitAsync(App.CreateClient(new() { AllowAutoRedirect = false }), HostPanelPaths.Login,
            new Dictionary<string, string> { ["Form.Login"] = login, ["Form.Password"] = password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return doc.QuerySelector(".error-summary")!.TextContent;
    }

    private async Task<string> ResetOperatorAsync(string login)
    {
        using var scope = App.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<OperatorAccounts>().ResetPasswordAsync(login))!;
    }

    private Task<(HttpResponseMessage, AngleSharp.Html.Dom.IHtmlDocument)> LoginAsync(string email, string password) =>
        FormPost.SubmitAsync(App.CreateClient(new() { AllowAutoRedirect = false }), $"/kozy{UserPaths.Login}",
            new Dictionary<string, string> { ["Form.Login"] = email, ["Form.Password"] = password });

    private async Task<string> ResetPasswordAsync(string email, Guid id)
    {
        using var scope = App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Tenant = await scope.ServiceProvider.GetRequiredService<TenantRegistry>().FindBySlugAsync("kozy");
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EboiUser>>();
        var user = (await users.FindByIdAsync(id.ToString()))!;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        const string password = "Haslo-Po-Resecie9";
        var result = await scope.ServiceProvider.GetRequiredService<Eboi.Users.ForgotPassword.PasswordResetService>().ResetAsync(id, token, password);
        Assert.True(result.Succeeded, email);
        return password;
    }

    private async Task SetVerifiedAsync(Guid id)
    {
        using var scope = App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Tenant = await scope.ServiceProvider.GetRequiredService<TenantRegistry>().FindBySlugAsync("kozy");
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EboiUser>>();
        var user = (await users.FindByIdAsync(id.ToString()))!;
        user.Verification = VerificationStatus.Verified;
        user.VerifiedAt = DateTimeOffset.UtcNow;
        Assert.True((await users.UpdateAsync(user)).Succeeded);
    }

    private async Task SetStateAsync(string slug, TenantState state)
    {
        using var scope = App.Services.CreateScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<TenantAdministration>().SetStateAsync(slug, state));
    }
}
