using Eboi.Cases.Domain;
using Eboi.Core.Data;
using Eboi.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Cases.Citizen;

/// <summary>
/// What a signed-in citizen may see: only with a verified account, and only cases in which a party is linked to that
/// account. Parties link at import (by PESEL/NIP) and, for accounts verified later, here on the first visit. Every
/// lookup by znak or file id goes through the party link, so a guessed znak or id finds nothing.
/// </summary>
internal sealed class MyCases(EboiDbContext db, ICitizenDirectory citizens, PartyLinker linker)
{
    public async Task<CaseAccess> AccessAsync(Guid userId, CancellationToken ct)
    {
        var citizen = await citizens.FindAsync(userId, ct);
        if (citizen is null || !citizen.IsVerified) return new CaseAccess(citizen);
        await linker.LinkAccountAsync(citizen, ct);
        return new CaseAccess(citizen);
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

/// <summary>The citizen (null: unknown) as the case pages see them.</summary>
internal sealed record CaseAccess(CitizenIdentity? Citizen)
{
    public bool IsVerified => Citizen?.IsVerified == true;
}
