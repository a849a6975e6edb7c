using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Core.Tenancy;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Users;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Users;

/// <summary>A verified person who changes their name on /konto/dane goes back to the office's verification queue.</summary>
public sealed class VerifiedNameChangeTests : FreshAppTest
{
    [Fact]
    public async Task Changing_the_name_of_a_verified_person_sends_the_account_back_to_verification()
    {
        var (email, id) = await StaffAccounts.CreateAsync(App, "pulawy");
        await SetVerifiedAsync(id);
        var client = await StaffAccounts.SignInAsync(App, "pulawy", email);

        var before = await Html.GetAsync(client, $"/pulawy{UserPaths.PersonalData}");
        Assert.Contains("cofnie weryfikację", before.Document.QuerySelector("#weryfikacja-uwaga")!.TextContent);

        // Only the phone changes: the verification stays.
        var (_, phoneOnly) = await FormPost.SubmitAsync(client, $"/pulawy{UserPaths.PersonalData}", new Dictionary<string, string>
            { ["Form.FirstName"] = "Ewa", ["Form.LastName"] = "Urzędnicza", ["Form.Phone"] = "601 234 567", ["CurrentPassword"] = StaffAccounts.Password, ["Consent"] = "true" });
        Assert.Contains("Dane zostały zapisane", phoneOnly.QuerySelector("[role=status]")!.TextContent);
        Assert.Null(phoneOnly.QuerySelector("#weryfikacja-ponowna"));
        Assert.Equal(VerificationStatus.Verified, (await UserAsync(id)).Verification);

        var (_, renamed) = await FormPost.SubmitAsync(client, $"/pulawy{UserPaths.PersonalData}", new Dictionary<string, string>
            { ["Form.FirstName"] = "Ewa", ["Form.LastName"] = "Kowalska", ["Form.Phone"] = "601 234 567", ["CurrentPassword"] = StaffAccounts.Password, ["Consent"] = "true" });
        Assert.Contains("ponowną weryfikację", renamed.QuerySelector("#weryfikacja-ponowna")!.TextContent);
        Assert.Null(renamed.QuerySelector("#weryfikacja-uwaga"));

        var user = await UserAsync(id);
        Assert.Equal(VerificationStatus.Pending, user.Verification);
        Assert.Null(user.VerifiedAt);
        Assert.Equal("Kowalska", user.LastName);
        var entry = await AuditAsync(UsersAuditEvents.VerificationReset);
        Assert.Contains("„Ewa Urzędnicza” → „Ewa Kowalska”", entry);
    }

    private async Task SetVerifiedAsync(Guid id)
    {
        using var scope = await TenantScopeAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EboiUser>>();
        var user = (await users.FindByIdAsync(id.ToString()))!;
        user.Verification = VerificationStatus.Verified;
        user.VerifiedAt = DateTimeOffset.UtcNow;
        Assert.True((await users.UpdateAsync(user)).Succeeded);
    }

    private async Task<EboiUser> UserAsync(Guid id)
    {
        using var scope = await TenantScopeAsync();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<EboiUser>>().FindByIdAsync(id.ToString()))!;
    }

    private async Task<string> AuditAsync(AuditEvent auditEvent)
    {
        using var scope = await TenantScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        db.UseTenant(scope.ServiceProvider.GetRequiredService<CurrentTenant>().Tenant!.Id);
        return await db.Set<AuditEntry>().Where(a => a.Event == auditEvent.Name).Select(a => a.Details!).SingleAsync();
    }

    private async Task<IServiceScope> TenantScopeAsync()
    {
        var scope = App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Tenant = await scope.ServiceProvider.GetRequiredService<TenantRegistry>().FindBySlugAsync("pulawy");
        return scope;
    }
}
