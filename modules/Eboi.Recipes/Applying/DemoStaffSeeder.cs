using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Eboi.Core;
using Eboi.Core.Data;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Eboi.Recipes.Applying;

/// <summary>
/// Demo staff accounts (recipe "demo.staff", applied only with --demo / ./eboi run) so a newcomer can open the staff
/// panel. Passwords are generated, never stored in the repository: they are written to
/// {Eboi:DataPath}/demo-accounts.txt (<see cref="EboiOptions.DataPath"/>) when an account is created.
/// </summary>
public sealed class DemoStaffSeeder(UserManager<EboiUser> users, IOptions<EboiOptions> options, TimeProvider clock)
{
    public const string AccountsFile = "demo-accounts.txt";

    public sealed record DemoStaff(string Email, string FirstName, string LastName, List<string> Roles);

    public async Task<int> ApplyAsync(string tenantSlug, JsonObject? demo, string? regulaminVersion, CancellationToken ct)
    {
        if (demo?["staff"] is not JsonArray staff) return 0;
        var created = 0;
        foreach (var spec in staff.Deserialize<List<DemoStaff>>(JsonColumn.Options) ?? [])
        {
            if (await users.FindByEmailAsync(spec.Email) is not null) continue;
            var password = GeneratePassword();
            var user = new EboiUser
            {
                Id = Guid.CreateVersion7(), UserName = spec.Email, Email = spec.Email, EmailConfirmed = true,
                FirstName = spec.FirstName, LastName = spec.LastName, RegisteredAt = clock.GetUtcNow(), LockoutEnabled = true,
                Verification = VerificationStatus.Verified, RegulaminVersion = regulaminVersion, RegulaminAcceptedAt = clock.GetUtcNow(),
            };
            Check(await users.CreateAsync(user, password));
            Check(await users.AddToRolesAsync(user, spec.Roles));
            await RememberAsync(tenantSlug, spec, password, ct);
            created++;
        }
        return created;
    }

    private async Task RememberAsync(string slug, DemoStaff spec, string password, CancellationToken ct)
    {
        var dataPath = options.Value.FullDataPath;
        var line = $"{slug}\t{spec.Email}\t{password}\t{string.Join(", ", spec.Roles)}";
        await SecretFiles.AppendAsync(Path.Combine(dataPath, AccountsFile), line + Environment.NewLine, ct);
    }

    private static string GeneratePassword() =>
        $"Demo-{RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ", 10)}{RandomNumberGenerator.GetInt32(10, 99)}";

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
