using System.Security.Cryptography;
using Eboi.Core;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Eboi.Users.Recipes;

/// <summary>
/// Demo staff accounts (recipe "demo.staff", <see cref="DemoStaffStep"/>, applied only with --demo / ./eboi run) so a newcomer can open the staff
/// panel. Passwords are generated, never stored in the repository: they are written to
/// {Eboi:DataPath}/demo-accounts.txt (<see cref="EboiOptions.DataPath"/>) when an account is created.
/// </summary>
internal sealed class DemoStaffSeeder(UserManager<EboiUser> users, IOptions<EboiOptions> options, TimeProvider clock)
{
    public sealed record DemoStaff(string Email, string FirstName, string LastName, List<string> Roles);

    public async Task<int> ApplyAsync(string tenantSlug, IReadOnlyList<DemoStaff> staff, string? regulaminVersion, CancellationToken ct)
    {
        var created = 0;
        foreach (var spec in staff)
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
        await SecretFiles.AppendAsync(Path.Combine(dataPath, DemoAccounts.FileName), line + Environment.NewLine, ct);
    }

    private static string GeneratePassword() =>
        $"Demo-{RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ", 10)}{RandomNumberGenerator.GetInt32(10, 99)}";

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
