using Eboi.Users.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eboi.Users.Login;

/// <summary>
/// Identity's sign-in manager, plus the staff block: a blocked account can neither sign in nor keep a session, even
/// one whose security stamp were somehow still current (the block also changes the stamp).
/// </summary>
internal sealed class EboiSignInManager(
    UserManager<EboiUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<EboiUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<EboiUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<EboiUser> confirmation)
    : SignInManager<EboiUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(EboiUser user) => user.BlockedAt is null && await base.CanSignInAsync(user);

    public override async Task<bool> ValidateSecurityStampAsync(EboiUser? user, string? securityStamp) =>
        user is { BlockedAt: null } && await base.ValidateSecurityStampAsync(user, securityStamp);
}
