using System.Security.Claims;
using Eboi.Core.Security;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Users.Recipes;

/// <summary>
/// The recipe's roles step: creates missing roles and brings each role's permission claims to exactly the recipe's
/// list. Roles a tenant added itself are left alone. Returns the number of changes (0 on a second apply).
/// </summary>
internal sealed class RoleSeeder(RoleManager<EboiRole> roles)
{
    public async Task<int> ApplyAsync(IEnumerable<RecipeRole> wanted, CancellationToken ct)
    {
        var changes = 0;
        foreach (var spec in wanted)
        {
            var role = await roles.FindByNameAsync(spec.Name);
            if (role is null)
            {
                role = new EboiRole { Id = Guid.CreateVersion7(), Name = spec.Name };
                Check(await roles.CreateAsync(role));
                changes++;
            }
            var current = (await roles.GetClaimsAsync(role)).Where(c => c.Type == Permissions.ClaimType).Select(c => c.Value).ToHashSet();
            foreach (var add in spec.Permissions.Where(p => !current.Contains(p)))
            {
                Check(await roles.AddClaimAsync(role, new Claim(Permissions.ClaimType, add)));
                changes++;
            }
            foreach (var remove in current.Where(p => !spec.Permissions.Contains(p)))
            {
                Check(await roles.RemoveClaimAsync(role, new Claim(Permissions.ClaimType, remove)));
                changes++;
            }
        }
        return changes;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
