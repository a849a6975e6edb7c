using Eboi.Core.Modules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Eboi.Core.Security;

/// <summary>
/// Authorization policies made on demand from permission names: [Authorize(Policy = "perm:content.edit")] requires
/// that permission among the signed-in user's role claims; "staff" requires any permission (the panel's entry).
/// Only permissions a module declares make a policy, so a misspelt name fails loudly instead of locking a page.
/// </summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, ModuleRegistry modules) : DefaultAuthorizationPolicyProvider(options)
{
    public const string Prefix = "perm:";
    public const string Staff = "staff";

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName.StartsWith(Prefix, StringComparison.Ordinal))
        {
            var permission = policyName[Prefix.Length..];
            if (!modules.IsPermission(permission)) throw new InvalidOperationException($"No module declares the permission '{permission}'.");
            return new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireClaim(Permissions.ClaimType, permission).Build();
        }
        if (policyName == Staff)
            return new AuthorizationPolicyBuilder().RequireAuthenticatedUser()
                .RequireAssertion(c => c.User.HasClaim(x => x.Type == Permissions.ClaimType)).Build();
        return await base.GetPolicyAsync(policyName);
    }
}

/// <summary>Requires one permission: [RequirePermission(ContentPermissions.Edit)].</summary>
public sealed class RequirePermissionAttribute(string permission) : AuthorizeAttribute(PermissionPolicyProvider.Prefix + permission);

/// <summary>Requires any staff permission (the staff panel's home).</summary>
public sealed class RequireStaffAttribute() : AuthorizeAttribute(PermissionPolicyProvider.Staff);
