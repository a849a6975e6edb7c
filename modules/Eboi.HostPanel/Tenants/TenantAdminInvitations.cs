using Eboi.Core.Data;
using Eboi.Core.Recipes;
using Eboi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Eboi.HostPanel.Tenants;

/// <summary>
/// The operator invites an administrator into an existing tenant: a new address gets an account without a password
/// and an invitation; an account still waiting for its password (e.g. the first administrator's link expired) gets a
/// fresh invitation. Nobody at the office can do that for the first administrator, so the provider can. The accounts
/// are the Users module's (<see cref="IAdministratorInvitations"/>); here the tenant and the one transaction.
/// </summary>
internal sealed class TenantAdminInvitations(EboiDbContext db, IAdministratorInvitations invitations)
{
    /// <summary>Returns null when the invitation is queued, else a Polish message for the e-mail field.</summary>
    public async Task<string?> InviteAsync(Tenant tenant, string email, string? fullName, CancellationToken ct)
    {
        // Account, role and invitation e-mail commit together; an error message rolls everything back.
        return await db.ForTenantAsync(tenant.Id,
            c => invitations.InviteAsync(RecipeUser.Administrator(email, fullName), c), problem => problem is null, ct);
    }
}
