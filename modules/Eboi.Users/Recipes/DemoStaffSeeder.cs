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
            var password = DemoAccounts.NewPassword();
            var user = new EboiUser
            {
                Id = Guid.CreateVersion7(), UserName = spec.Email, Email = spec.Email, EmailConfirmed = true,
                FirstName = spec.FirstName, LastName = spec.LastName, RegisteredAt = clock.GetUtcNow(), LockoutEnabled = true,
                Verification = VerificationStatus.Verified, RegulaminVersion = regulaminVersion, RegulaminAcceptedAt = clock.GetUtcNow(),
            };
            Check(await users.CreateAsync(user, password));
            Check(await users.AddToRolesAsync(user, spec.Roles));
            await DemoAccounts.AppendAsync(options.Value.FullDataPath, tenantSlug, spec.Email, password, string.Join(", ", spec.Roles), ct);
            created++;
        }
        return created;
    }

    internal static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
