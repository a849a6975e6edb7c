using Eboi.Core.Recipes;
using Eboi.Users.Domain;
using Eboi.Users.Invitation;
using Microsoft.AspNetCore.Identity;

namespace Eboi.Users.Recipes;

/// <summary>
/// The host panel's "invite an administrator" for the current tenant: a new address gets an account without a password
/// and an invitation; an account still waiting for its password (e.g. the first administrator's link expired) gets the
/// Administrator role if it lacks it and a fresh invitation; an account with a password is refused.
/// </summary>
internal sealed class AdministratorInvitations(UserManager<EboiUser> users, InvitationService invitations) : IAdministratorInvitations
{
    public async Task<string?> InviteAsync(RecipeUser administrator, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(administrator.Email);
        if (user is null)
        {
            var created = await invitations.StageStaffInvitationAsync(
                new StaffInvitation(administrator.Email, administrator.FirstName, administrator.LastName, administrator.Roles.ToList()), ct);
            return created.Succeeded ? null : $"Nie można założyć konta: {string.Join(" ", created.Errors.Select(e => e.Description))}";
        }
        if (!InvitationService.IsPending(user))
            return "To konto ma już ustawione hasło. Jego właściciel może użyć „Nie pamiętam hasła”, a rolę nada administrator urzędu.";
        if (!await users.IsInRoleAsync(user, RecipeUser.AdministratorRole))
        {
            var added = await users.AddToRoleAsync(user, RecipeUser.AdministratorRole);
            if (!added.Succeeded) return $"Nie można nadać roli: {string.Join(" ", added.Errors.Select(e => e.Description))}";
        }
        await invitations.ResendAsync(user, ct);
        return null;
    }
}
