using System.Security.Claims;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Eboi.Users.Web;

/// <summary>Adds the tenant to the signed-in principal; the cookie is re-checked against it on every request.</summary>
internal sealed class TenantClaimsFactory(UserManager<EboiUser> users, RoleManager<EboiRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<EboiUser, EboiRole>(users, roles, options)
{
    public const string TenantClaim = "eboi:tenant";
    public const string RegulaminClaim = "eboi:regulamin";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(EboiUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(TenantClaim, user.TenantId.ToString("N")));
        if (user.RegulaminVersion is { } version) identity.AddClaim(new Claim(RegulaminClaim, version));
        if (user.DisplayName.Length > 0) identity.AddClaim(new Claim(ClaimTypes.GivenName, user.DisplayName));
        return identity;
    }
}
