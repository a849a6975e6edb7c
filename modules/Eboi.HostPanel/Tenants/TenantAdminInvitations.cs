using Eboi.Core;
using Eboi.Core.Data;
using Eboi.Core.Tenancy;
using Eboi.Core.Web;
using Eboi.Recipes.Model;
using Eboi.Users.Domain;
using Eboi.Users.Invitation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eboi.HostPanel.Tenants;

/// <summary>
/// The operator invites an administrator into an existing tenant: a new address gets an account without a password
/// and an invitation; an account still waiting for its password (e.g. the first administrator's link expired) gets a
/// fresh invitation. Nobody at the office can do that for the first administrator, so the provider can.
/// </summary>
public sealed class TenantAdminInvitations(EboiDbContext db, UserManager<EboiUser> users, InvitationService invitations)
{
    /// <summary>Returns null when the invitation is queued, else a Polish message for the e-mail field.</summary>
    public async Task<string?> InviteAsync(Tenant tenant, string email, string? fullName, CancellationToken ct)
    {
        var admin = RecipeUser.Administrator(email, fullName);
        // Account, role and invitation e-mail commit together; an error message rolls everything back.
        return await db.ForTenantAsync(tenant.Id, async c =>
        {
            var user = await users.FindByEmailAsync(admin.Email);
            if (user is null)
            {
                var created = await invitations.StageStaffInvitationAsync(new StaffInvitation(admin.Email, admin.FirstName, admin.LastName, admin.Roles.ToList()), c);
                if (!created.Succeeded) return $"Nie można założyć konta: {string.Join(" ", created.Errors.Select(e => e.Description))}";
            }
            else if (InvitationService.IsPending(user))
            {
                if (!await users.IsInRoleAsync(user, RecipeUser.AdministratorRole))
                {
                    var added = await users.AddToRoleAsync(user, RecipeUser.AdministratorRole);
                    if (!added.Succeeded) return $"Nie można nadać roli: {string.Join(" ", added.Errors.Select(e => e.Description))}";
                }
                await invitations.ResendAsync(user, c);
            }
            else
            {
                return "To konto ma już ustawione hasło. Jego właściciel może użyć „Nie pamiętam hasła”, a rolę nada administrator urzędu.";
            }
            return (string?)null;
        }, error => error is null, ct);
    }
}
