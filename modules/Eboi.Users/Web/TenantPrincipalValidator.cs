using Eboi.Core.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Eboi.Users.Web;

/// <summary>
/// Rejects a cookie issued for another tenant, or before the tenant was disabled, then runs Identity's security-stamp
/// check (every <see cref="UsersModule.SessionCheckInterval"/>): a block, role change, new password, deleted account or
/// revoked verification changes the stamp or the account, and the session ends at its next check.
/// </summary>
internal static class TenantPrincipalValidator
{
    /// <summary>Set on the request when it carried a cookie of another tenant: answered 403, not a login redirect.</summary>
    public const string ForeignCookie = "eboi:foreign-cookie";

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var tenant = context.HttpContext.GetTenant();
        var claim = context.Principal?.FindFirst(TenantClaimsFactory.TenantClaim)?.Value;
        if (tenant is null || claim != tenant.Id.ToString("N"))
        {
            context.HttpContext.Items[ForeignCookie] = true;
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        if (!tenant.AcceptsSessionIssuedAt(context.Properties.IssuedUtc))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
