using Eboi.Core.Tenancy;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Users;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Users;

/// <summary>Creates active accounts with roles directly through Identity (what an administrator or recipe would do).</summary>
public static class StaffAccounts
{
    public const string Password = "Sluzbowe-Haslo5";

    public static async Task<(string Email, Guid Id)> CreateAsync(EboiAppFactory app, string gmina, params string[] roles)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Tenant = await scope.ServiceProvider.GetRequiredService<TenantRegistry>().FindBySlugAsync(gmina);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EboiUser>>();
        var email = $"pracownik.{Guid.NewGuid():N}@example.test";
        var user = new EboiUser
        {
            Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, FirstName = "Ewa", LastName = "Urzędnicza",
            RegisteredAt = DateTimeOffset.UtcNow, LockoutEnabled = true, RegulaminVersion = null,
        };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        if (roles.Length > 0) Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        return (email, user.Id);
    }

    /// <summary>A citizen account "Anna Testowa" with a PESEL (or none), verified by the office unless told otherwise; a new e-mail unless given.</summary>
    public static async Task<(string Email, Guid Id)> CreateCitizenAsync(EboiAppFactory app, string gmina, string? pesel, string? email = null, bool verified = true)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Tenant = await scope.ServiceProvider.GetRequiredService<TenantRegistry>().FindBySlugAsync(gmina);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EboiUser>>();
        email ??= $"mieszkaniec.{Guid.NewGuid():N}@example.test";
        var user = new EboiUser
        {
            Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, FirstName = "Anna", LastName = "Testowa", Pesel = pesel,
            RegisteredAt = DateTimeOffset.UtcNow, LockoutEnabled = true,
            Verification = verified ? VerificationStatus.Verified : VerificationStatus.Unverified, VerifiedAt = verified ? DateTimeOffset.UtcNow : null,
        };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        return (email, user.Id);
    }

    /// <summary>A client signed in as the given account (accepting the regulamin when asked).</summary>
    public static async Task<HttpClient> SignInAsync(EboiAppFactory app, string gmina, string email)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var (login, _) = await FormPost.SubmitAsync(client, $"/{gmina}{UserPaths.Login}", new Dictionary<string, string> { ["Form.Login"] = email, ["Form.Password"] = Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, login.StatusCode);
        var next = await client.GetAsync($"/{gmina}{UserPaths.Account}");
        if (next.StatusCode == System.Net.HttpStatusCode.Redirect && next.Headers.Location!.OriginalString.Contains("akceptacja-regulaminu"))
            await FormPost.SubmitAsync(client, next.Headers.Location.OriginalString, new Dictionary<string, string> { ["Accept"] = "true" }, formSelector: "form[novalidate]");
        return client;
    }

    /// <summary>Signs in and returns the raw value of the tenant's auth cookie (to present it elsewhere).</summary>
    public static async Task<string> SignInCookieAsync(EboiAppFactory app, string gmina, string email)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var (login, _) = await FormPost.SubmitAsync(client, $"/{gmina}{UserPaths.Login}", new Dictionary<string, string> { ["Form.Login"] = email, ["Form.Password"] = Password });
        var cookie = login.Headers.GetValues("Set-Cookie").First(c => c.StartsWith($".eboi.konto.{gmina}=", StringComparison.Ordinal));
        return cookie.Split(';')[0].Split('=', 2)[1];
    }
}
