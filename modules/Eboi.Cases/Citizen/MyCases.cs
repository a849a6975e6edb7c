using System.Security.Claims;
using Eboi.Cases.Domain;
using Eboi.Core.Data;
using Eboi.Core.Security;
using Eboi.Users;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Cases.Citizen;

/// <summary>
/// What a signed-in citizen may see: only with a verified account, and only cases in which a party is linked to that
/// account. Parties link at import (by PESEL/NIP) and, for accounts verified later, here on the first visit. Every
/// lookup by znak or file id goes through the party link, so a guessed znak or id finds nothing.
/// </summary>
internal sealed class MyCases(EboiDbContext db, VerifiedCitizenGate gate, PartyLinker linker)
{
    /// <summary>Where the user stands; a verified citizen's unlinked parties with their PESEL/NIP are linked first.</summary>
    public async Task<CaseAccess> AccessAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var standing = await gate.CheckAsync(user, ct);
        if (standing is { IsVerified: true, Citizen: { } citizen }) await linker.LinkAccountAsync(citizen, ct);
        return new CaseAccess(standing);
    }

    /// <summary>The citizen's cases, newest first: finished ones or the rest.</summary>
    public async Task<IReadOnlyList<Case>> ListAsync(CaseAccess access, bool finished, CancellationToken ct)
    {
        if (!access.IsVerified) return [];
        return await Mine(access.Citizen!.UserId).Where(c => (c.Status == CaseStatuses.Closed) == finished)
            .OrderByDescending(c => c.StartedOn).ThenByDescending(c => c.Sign).ToListAsync(ct);
    }

    /// <summary>The case with this znak when the citizen is its party; null otherwise (the page answers 404 either way).</summary>
    public async Task<Case?> FindAsync(CaseAccess access, string? sign, CancellationToken ct)
    {
        if (!access.IsVerified || string.IsNullOrWhiteSpace(sign) || sign.Length > CaseSign.MaxLength) return null;
        var s = sign.Trim();
        return await Mine(access.Citizen!.UserId).SingleOrDefaultAsync(c => c.Sign == s, ct);
    }

    /// <summary>A file of a document of this case when the citizen is its party; null otherwise.</summary>
    public async Task<DocumentFile?> FileAsync(CaseAccess access, string? sign, Guid fileId, CancellationToken ct)
    {
        if (await FindAsync(access, sign, ct) is not { } found) return null;
        return await db.Set<DocumentFile>().AsNoTracking()
            .SingleOrDefaultAsync(f => f.Id == fileId && db.Set<CaseDocument>().Any(d => d.Id == f.DocumentId && d.CaseId == found.Id), ct);
    }

    private IQueryable<Case> Mine(Guid userId) =>
        db.Set<Case>().AsNoTracking().Where(c => db.Set<CaseParty>().Any(p => p.CaseId == c.Id && p.UserId == userId));
}

/// <summary>The user as the case pages see them (<see cref="Citizen"/> is set when verified).</summary>
internal sealed record CaseAccess(CitizenStanding Standing)
{
    public bool IsVerified => Standing.IsVerified;
    public CitizenIdentity? Citizen => Standing.Citizen;
}
