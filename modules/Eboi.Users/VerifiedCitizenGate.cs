using System.Security.Claims;
using Eboi.Core.Security;

namespace Eboi.Users;

/// <summary>
/// Who may see and send personal matters (tax cards, cases, forms): a signed-in citizen whose identity the office
/// verified. Every module's citizen pages ask here, and show the others <c>_VerifiedCitizenGate</c> (why, and how to get there).
/// </summary>
public sealed class VerifiedCitizenGate(ICitizenDirectory citizens)
{
    public async Task<CitizenStanding> CheckAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.Identity?.IsAuthenticated != true || !Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
            return CitizenStanding.SignedOut;
        var citizen = await citizens.FindAsync(id, ct);
        return new(citizen is { IsVerified: true } ? CitizenState.Verified : CitizenState.Unverified, id, citizen);
    }
}

public enum CitizenState { SignedOut, Unverified, Verified }

/// <summary>Where the user stands: signed out, signed in unverified, or verified; with the account's id and identity when signed in.</summary>
public sealed record CitizenStanding(CitizenState State, Guid UserId, CitizenIdentity? Citizen)
{
    public static readonly CitizenStanding SignedOut = new(CitizenState.SignedOut, Guid.Empty, null);

    public bool IsSignedIn => State != CitizenState.SignedOut;
    public bool IsVerified => State == CitizenState.Verified;
}

/// <summary>
/// What <c>~/Citizens/_VerifiedCitizenGate.cshtml</c> tells someone who may not see a page yet: what a signed-in citizen
/// finds here (<paramref name="WhatIsHere"/>), why it needs verification (<paramref name="WhyVerified"/>), whether to offer
/// registration, and one more link for visitors if the page has one.
/// </summary>
public sealed record CitizenGateNotice(CitizenStanding Standing, string WhatIsHere, string WhyVerified, bool OfferRegistration = false,
    string? VisitorLinkHref = null, string? VisitorLinkText = null);
