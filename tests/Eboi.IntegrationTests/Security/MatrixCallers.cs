using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Eboi.Core.Security;
using Eboi.Core.Tenancy;
using Eboi.HostPanel;
using Eboi.IntegrationTests.HostPanel;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.Users;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Security;

/// <summary>
/// The callers of the matrix, each signed in once through the real login forms: a citizen and every staff role of
/// tenant A (roles as its recipe defines them), a citizen and an administrator of tenant B, and a host operator.
/// </summary>
public static class MatrixCallers
{
    public sealed record Cast(IReadOnlyList<MatrixCaller> All, Guid CitizenOfA, Guid CitizenOfB);

    public static async Task<Cast> SignInAllAsync(EboiAppFactory app, string tenantA, string tenantB, IReadOnlyDictionary<string, string[]> extraRolesOfA)
    {
        var callers = new List<MatrixCaller> { MatrixCaller.Anonymous };
        var (citizenEmail, citizenId) = await StaffAccounts.CreateAsync(app, tenantA);
        callers.Add(new($"{tenantA}:obywatel", CallerKind.Member, new HashSet<string>(), await SignInAsync(app, tenantA, citizenEmail)));
        foreach (var (role, permissions) in extraRolesOfA) await CreateRoleAsync(app, tenantA, role, permissions);
        var roles = RecipeRoles(tenantA).Concat(extraRolesOfA.Select(r => KeyValuePair.Create(r.Key, (IReadOnlySet<string>)r.Value.ToHashSet())));
        foreach (var (role, permissions) in roles)
        {
            var (email, _) = await StaffAccounts.CreateAsync(app, tenantA, role);
            callers.Add(new($"{tenantA}:{role}", CallerKind.Member, permissions, await SignInAsync(app, tenantA, email)));
        }
        var (foreignCitizen, foreignCitizenId) = await StaffAccounts.CreateAsync(app, tenantB);
        callers.Add(new($"{tenantB}:obywatel", CallerKind.Foreign, new HashSet<string>(), await SignInAsync(app, tenantB, foreignCitizen)));
        var (foreignAdmin, _) = await StaffAccounts.CreateAsync(app, tenantB, "Administrator");
        callers.Add(new($"{tenantB}:Administrator", CallerKind.Foreign, RecipeRoles(tenantB)["Administrator"], await SignInAsync(app, tenantB, foreignAdmin)));
        callers.Add(new("operator", CallerKind.Operator, new HashSet<string>(), await SignInOperatorAsync(app)));
        return new(callers, citizenId, foreignCitizenId);
    }

    /// <summary>Role name to permissions, read from the tenant's recipe (the data the app seeded its roles from).</summary>
    public static Dictionary<string, IReadOnlySet<string>> RecipeRoles(string tenant)
    {
        using var recipe = JsonDocument.Parse(File.ReadAllText(Path.Combine(CliProcess.RepositoryRoot, "recipes", $"{tenant}.recipe.json")));
        return recipe.RootElement.GetProperty("roles").EnumerateArray().ToDictionary(
            r => r.GetProperty("name").GetString()!,
            r => (IReadOnlySet<string>)r.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()!).ToHashSet());
    }

    /// <summary>Defines a role the way the roles editor does: an Identity role with one claim per permission.</summary>
    private static async Task CreateRoleAsync(EboiAppFactory app, string tenant, string name, string[] permissions)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Tenant = await scope.ServiceProvider.GetRequiredService<TenantRegistry>().FindBySlugAsync(tenant);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<EboiRole>>();
        var role = new EboiRole { Id = Guid.CreateVersion7(), Name = name };
        Assert.True((await roles.CreateAsync(role)).Succeeded);
        foreach (var permission in permissions)
            Assert.True((await roles.AddClaimAsync(role, new Claim(Permissions.ClaimType, permission))).Succeeded);
    }

    /// <summary>Logs in (accepting the regulamin when asked) and returns the tenant cookie's latest value.</summary>
    private static async Task<string> SignInAsync(EboiAppFactory app, string tenant, string email)
    {
        var jar = new CookieContainer();
        var client = app.CreateDefaultClient(new Uri("http://localhost/"), new CookieContainerHandler(jar));
        var (login, _) = await FormPost.SubmitAsync(client, $"/{tenant}{UserPaths.Login}", new Dictionary<string, string> { ["Form.Login"] = email, ["Form.Password"] = StaffAccounts.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var next = await client.GetAsync($"/{tenant}{UserPaths.Account}");
        if (next.StatusCode == HttpStatusCode.Redirect && next.Headers.Location!.OriginalString.Contains("akceptacja-regulaminu"))
            await FormPost.SubmitAsync(client, next.Headers.Location.OriginalString, new Dictionary<string, string> { ["Accept"] = "true" }, formSelector: "form[novalidate]");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{tenant}{UserPaths.Account}")).StatusCode);
        return jar.GetCookies(new Uri($"http://localhost/{tenant}/"))[$".eboi.konto.{tenant}"]!.Value;
    }

    private static async Task<string> SignInOperatorAsync(EboiAppFactory app)
    {
        var (login, password) = await Operators.CreateAsync(app);
        var jar = new CookieContainer();
        var client = app.CreateDefaultClient(new Uri("http://localhost/"), new CookieContainerHandler(jar));
        var (response, _) = await FormPost.SubmitAsync(client, HostPanelPaths.Login, new Dictionary<string, string> { ["Form.Login"] = login, ["Form.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return jar.GetCookies(new Uri("http://localhost/admin/"))[".eboi.operator"]!.Value;
    }
}
