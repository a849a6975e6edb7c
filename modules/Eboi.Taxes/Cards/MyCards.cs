using System.Security.Claims;
using Eboi.Core.Data;
using Eboi.Core.Security;
using Eboi.Taxes.Domain;
using Eboi.Taxes.Linking;
using Eboi.Users;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Taxes.Cards;

/// <summary>
/// What a signed-in citizen may see: only when their account is verified, and only cards on which a taxpayer linked to
/// their account is an obligor. Linking happens at import (by PESEL/NIP) and, for accounts verified later, here at view
/// time, by the same rule (<see cref="TaxpayerLinker"/>): never to this account when another verified one shares the number.
/// </summary>
internal sealed class MyCards(EboiDbContext db, VerifiedCitizenGate gate, CardLedger ledger, TaxpayerLinker linker, TimeProvider clock)
{
    /// <summary>Where the user stands and, when verified, the taxpayers linked to the account (linking by PESEL/NIP first).</summary>
    public async Task<CitizenAccess> AccessAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var standing = await gate.CheckAsync(user, ct);
        if (standing is not { IsVerified: true, Citizen: { } citizen }) return new CitizenAccess(standing, false, []);
        await LinkByIdentityAsync(citizen, ct);
        var taxpayerIds = await db.Set<Taxpayer>().Where(t => t.UserId == citizen.UserId).Select(t => t.Id).ToListAsync(ct);
        return new CitizenAccess(standing, taxpayerIds.Count > 0, taxpayerIds);
    }

    public async Task<IReadOnlyList<TaxCard>> CardsAsync(CitizenAccess access, CancellationToken ct)
    {
        var ids = access.TaxpayerIds;
        return await db.Set<TaxCard>().AsNoTracking()
            .Where(c => db.Set<CardObligor>().Any(o => o.CardId == c.Id && ids.Contains(o.TaxpayerId)))
            .OrderBy(c => c.Kind).ThenBy(c => c.Number).ToListAsync(ct);
    }

    /// <summary>The citizen's cards with the principal still to pay and the interest due on <paramref name="asOf"/>.</summary>
    public async Task<IReadOnlyList<CardSummary>> SummariesAsync(CitizenAccess access, DateOnly asOf, CancellationToken ct)
    {
        var cards = await CardsAsync(access, ct);
        var lines = await ledger.LinesByCardAsync(cards.Select(c => c.Id).ToList(), asOf, ct);
        return cards.Select(c => new CardSummary(c.Number, c.Kind, c.Year, lines[c.Id].Sum(l => l.Outstanding), lines[c.Id].Sum(l => l.Interest))).ToList();
    }

    /// <summary>The card with this number when the citizen is its obligor; null otherwise (the page answers 404 either way).</summary>
    public async Task<TaxCard?> CardAsync(CitizenAccess access, string number, CancellationToken ct)
    {
        var ids = access.TaxpayerIds;
        return await db.Set<TaxCard>().AsNoTracking()
            .Where(c => c.Number == number && db.Set<CardObligor>().Any(o => o.CardId == c.Id && ids.Contains(o.TaxpayerId)))
            .SingleOrDefaultAsync(ct);
    }

    private async Task LinkByIdentityAsync(CitizenIdentity citizen, CancellationToken ct)
    {
        var pesel = citizen.Pesel;
        var nip = citizen.Nip;
        if (string.IsNullOrEmpty(pesel) && string.IsNullOrEmpty(nip)) return;
        var unlinked = await db.Set<Taxpayer>()
            .Where(t => t.UserId == null && ((pesel != null && t.Pesel == pesel) || (nip != null && t.Nip == nip)))
            .ToListAsync(ct);
        var linked = false;
        foreach (var t in unlinked) linked |= await linker.TryLinkAsync(t, clock.GetUtcNow(), ct);
        if (linked) await db.SaveChangesAsync(ct);
    }
}

/// <summary>Where the user stands, whether they are linked to any taxpayer, and the taxpayers' ids.</summary>
internal sealed record CitizenAccess(CitizenStanding Standing, bool IsLinked, IReadOnlyList<Guid> TaxpayerIds)
{
    public bool IsVerified => Standing.IsVerified;
    public CitizenIdentity? Citizen => Standing.Citizen;
}
