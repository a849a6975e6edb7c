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
public sealed class TenantAdminInvitations(EboiDbContext db, IAdministratorInvitations invitations)
{
    /// <summary>Returns null when the invitation is queued, else a Polish message for the e-mail field.</summary>
    public async Task<string?> InviteAsync(Tenant tenant, string email, string? fullName, CancellationToken ct)
    {
        // The tenant must be set before the connection opens: RLS reads it on open.
        db.UseTenant(tenant.Id);
        await db.Database.CloseConnectionAsync();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await invitations.InviteAsync(RecipeUser.Administrator(email, fullName), ct) is { } problem) return problem;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return null;
    }
}
