using System.Net;
using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Core.Tenancy;
using Eboi.Email.Domain;
using Eboi.IntegrationTests.Users;
using Eboi.Users;
using Eboi.Users.Domain;
using Eboi.Users.ForgotPassword;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Jobs;

/// <summary>Password change and reset write the password and their e-mail in one transaction: no e-mail, no new password.</summary>
public sealed class PasswordUnitOfWorkTests(JobsApp app) : IClassFixture<JobsApp>
{
    private const string Gmina = "pulawy";
    private const string NewPassword = "Zupelnie-Nowe-Haslo9";

    private async Task<AsyncServiceScope> TenantScopeAsync()
    {
        var scope = app.App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Tenant = await app.TenantAsync(Gmina);
        return scope;
    }

    private async Task<(bool Old, bool New, int Mails, int Audits)> StateAsync(string email)
    {
        await using var scope = await TenantScopeAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EboiUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        var mails = await db.Set<EmailOutboxMessage>().CountAsync(m => m.ToAddress == email);
        var audits = await db.Set<AuditEntry>().CountAsync(a => a.Subject == email && (a.Event == UsersAuditEvents.PasswordChanged.Name || a.Event == UsersAuditEvents.PasswordReset.Name));
        return (await users.CheckPasswordAsync(user, StaffAccounts.Password), await users.CheckPasswordAsync(user, NewPassword), mails, audits);
    }

    private async Task<HttpResponseMessage> ChangeAsync(HttpClient client) =>
        (await FormPost.SubmitAsync(client, $"/{Gmina}/konto/haslo", new Dictionary<string, string>
        {
            ["CurrentPassword"] = StaffAccounts.Password, ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword,
        })).Item1;

    [Fact]
    public async Task A_password_change_whose_email_cannot_be_staged_leaves_the_password_unchanged()
    {
        var (email, _) = await StaffAccounts.CreateAsync(app.App, Gmina);
        var client = await StaffAccounts.SignInAsync(app.App, Gmina, email);

        app.FailingOutbox.FailFor = email;
        try
        {
            Assert.Equal(HttpStatusCode.InternalServerError, (await ChangeAsync(client)).StatusCode);
        }
        finally
        {
            app.FailingOutbox.FailFor = null;
        }
        Assert.Equal((true, false, 0, 0), await StateAsync(email));

        // The same change with a working outbox commits password, audit entry and e-mail together.
        Assert.Equal(HttpStatusCode.OK, (await ChangeAsync(client)).StatusCode);
        Assert.Equal((false, true, 1, 1), await StateAsync(email));
    }

    [Fact]
    public async Task A_password_reset_whose_email_cannot_be_staged_leaves_the_password_unchanged()
    {
        var (email, id) = await StaffAccounts.CreateAsync(app.App, Gmina);
        string token;
        await using (var scope = await TenantScopeAsync())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<EboiUser>>();
            token = await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(id.ToString()))!);
        }

        app.FailingOutbox.FailFor = email;
        try
        {
            await using var scope = await TenantScopeAsync();
            var reset = scope.ServiceProvider.GetRequiredService<PasswordResetService>();
            var e = await Assert.ThrowsAsync<InvalidOperationException>(() => reset.ResetAsync(id, token, NewPassword));
            Assert.Equal("staging the e-mail failed", e.Message);
        }
        finally
        {
            app.FailingOutbox.FailFor = null;
        }
        Assert.Equal((true, false, 0, 0), await StateAsync(email));

        // The link still works (its security stamp was not changed either), and now everything commits at once.
        await using (var scope = await TenantScopeAsync())
            Assert.True((await scope.ServiceProvider.GetRequiredService<PasswordResetService>().ResetAsync(id, token, NewPassword)).Succeeded);
        Assert.Equal((false, true, 1, 1), await StateAsync(email));
    }
}
