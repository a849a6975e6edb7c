using Eboi.Core;
using Eboi.Core.Audit;
using Eboi.Core.Recipes;
using Eboi.Core.Web;
using Eboi.Users;
using Eboi.Users.Domain;
using Eboi.Users.Invitation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Eboi.Users.Recipes;

/// <summary>
/// The recipe's users step: an employee without an account gets one without a password and an invitation e-mail
/// (<see cref="InvitationService"/>, staged in the recipe's transaction); one who has an account only gets the roles
/// it lacks. Idempotent by e-mail: a second apply sends nothing and writes nothing, and never touches a password.
/// </summary>
internal sealed class UserSeeder(UserManager<EboiUser> users, InvitationService invitations, AuditLog audit)
{
    /// <summary>Applies the recipe's users and the extra ones (already checked); returns the number of changes.</summary>
    public async Task<int> ApplyAsync(string tenantSlug, IReadOnlyList<RecipeUser> recipeUsers, IReadOnlyList<RecipeUser> extraUsers, CancellationToken ct)
    {
        var changes = 0;
        foreach (var (path, spec) in Merge(recipeUsers, extraUsers))
        {
            var roles = spec.Roles.Distinct(StringComparer.Ordinal).ToList();
            var user = await users.FindByEmailAsync(spec.Email);
            if (user is null)
            {
                var staff = new StaffInvitation(spec.Email, NameOrNull(spec.FirstName), NameOrNull(spec.LastName), roles);
                Check(path, await invitations.StageStaffInvitationAsync(staff, ct));
                changes++;
                continue;
            }
            var missing = roles.Except(await users.GetRolesAsync(user), StringComparer.Ordinal).ToList();
            if (missing.Count == 0) continue;
            Check(path, await users.AddToRolesAsync(user, missing));
            audit.Add(UsersAuditEvents.RolesChanged, user.Email!, $"przepis dodał role: {string.Join(", ", missing)}");
            changes += missing.Count;
        }
        return changes;
    }

    // An extra user with the address of a recipe user adds its roles to that entry rather than being a second account.
    private static List<(string Path, RecipeUser User)> Merge(IReadOnlyList<RecipeUser> recipeUsers, IReadOnlyList<RecipeUser> extraUsers)
    {
        var all = recipeUsers.Select((u, i) => (Path: $"{RecipeUserRules.RecipePath}[{i}]", User: u)).ToList();
        for (var i = 0; i < extraUsers.Count; i++)
        {
            var extra = extraUsers[i];
            var same = all.FindIndex(p => string.Equals(p.User.Email, extra.Email, StringComparison.OrdinalIgnoreCase));
            if (same < 0) all.Add(($"{RecipeUserRules.ExtraPath}[{i}]", extra));
            else all[same] = all[same] with { User = all[same].User with { Roles = [.. all[same].User.Roles.Union(extra.Roles, StringComparer.Ordinal)] } };
        }
        return all;
    }

    private static string? NameOrNull(string? name) => string.IsNullOrWhiteSpace(name) ? null : name.Trim();

    // Identity's own checks (e.g. characters it does not allow in a login) are reported like the recipe's errors.
    private static void Check(string path, IdentityResult result)
    {
        if (!result.Succeeded)
            throw new RecipeValidationException([new(path, $"Nie można założyć konta: {string.Join(" ", result.Errors.Select(e => e.Description))}")]);
    }
}
