using Eboi.Cases.Domain;
using Eboi.Core.Data;
using Eboi.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Cases.Citizen;

/// <summary>
/// Links case parties to verified accounts by PESEL (people) or NIP (companies), as Taxes links taxpayers: a party
/// links only to the one verified account with its number (several: none; staff decide).
/// </summary>
internal sealed class PartyLinker(EboiDbContext db, ICitizenDirectory citizens, TimeProvider clock)
{
    /// <summary>Links an unlinked party (tracked, not saved); true when it linked.</summary>
    public async Task<bool> LinkPartyAsync(CaseParty party, CancellationToken ct)
    {
        if (party.UserId is not null || (party.Pesel is null && party.Nip is null)) return false;
        var found = await citizens.FindVerifiedByPeselOrNipAsync(party.Pesel, party.Nip, ct);
        if (found.Count != 1) return false;
        (party.UserId, party.LinkedAt) = (found[0].UserId, clock.GetUtcNow());
        return true;
    }

    /// <summary>Links every unlinked party with the verified account's PESEL or NIP, by the same one-account rule, and saves.</summary>
    public async Task LinkAccountAsync(CitizenIdentity citizen, CancellationToken ct)
    {
        var pesel = string.IsNullOrEmpty(citizen.Pesel) ? null : citizen.Pesel;
        var nip = string.IsNullOrEmpty(citizen.Nip) ? null : citizen.Nip;
        if (pesel is null && nip is null) return;
        var unlinked = await db.Set<CaseParty>()
            .Where(p => p.UserId == null && ((pesel != null && p.Pesel == pesel) || (nip != null && p.Nip == nip)))
            .ToListAsync(ct);
        // Never to this account when another verified one shares the number (a company's NIP, a person registered twice).
        var linked = false;
        foreach (var p in unlinked) linked |= await LinkPartyAsync(p, ct);
        if (linked) await db.SaveChangesAsync(ct);
    }
}
