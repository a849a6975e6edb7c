namespace Eboi.Core.Recipes;

/// <summary>
/// Invites an administrator into the current tenant (implemented by Users, used by the host panel): a new address gets
/// an account without a password and an invitation; an account still waiting for its password gets a fresh one.
/// Stages only: the caller sets the tenant, opens the transaction, saves and commits.
/// </summary>
public interface IAdministratorInvitations
{
    /// <summary>Returns null when the invitation is staged, else a Polish message for the e-mail field.</summary>
    Task<string?> InviteAsync(RecipeUser administrator, CancellationToken ct);
}
