using System.Security.Claims;
using Eboi.Core.Security;

namespace Eboi.Forms.Filling;

/// <summary>Who may fill and send forms: a signed-in citizen whose identity the office verified. Others are told why and how.</summary>
internal sealed class CitizenGate(ICitizenDirectory citizens)
{
    public enum State { SignedOut, Unverified, Verified }

    public sealed record Access(State State, Guid UserId)
    {
        public bool IsVerified => State == State.Verified;
    }

    public async Task<Access> CheckAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.Identity?.IsAuthenticated != true || !Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)) return new(State.SignedOut, Guid.Empty);
        var citizen = await citizens.FindAsync(id, ct);
        return new(citizen is { IsVerified: true } ? State.Verified : State.Unverified, id);
    }
}
