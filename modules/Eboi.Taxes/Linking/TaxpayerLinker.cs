using Eboi.Core.Security;
using Eboi.Taxes.Domain;

namespace Eboi.Taxes.Linking;

/// <summary>
/// The one rule for linking a taxpayer to an account by identity, at import and when a citizen opens /platnosci: only
/// when exactly one verified account has its PESEL (else NIP). Accounts are not unique by PESEL/NIP (a company's
/// employees share its NIP, a person may register twice), so several matches link none and staff decide.
/// </summary>
internal sealed class TaxpayerLinker(ICitizenDirectory citizens)
{
    /// <summary>Links <paramref name="taxpayer"/> (tracked; the caller saves) when its identity names one verified account; true when it did.</summary>
    public async Task<bool> TryLinkAsync(Taxpayer taxpayer, DateTimeOffset now, CancellationToken ct)
    {
        if (taxpayer.UserId is not null || (taxpayer.Pesel is null && taxpayer.Nip is null)) return false;
        var found = await citizens.FindVerifiedByPeselOrNipAsync(taxpayer.Pesel, taxpayer.Nip, ct);
        if (found.Count != 1) return false;
        taxpayer.UserId = found[0].UserId;
        taxpayer.LinkedBy = taxpayer.Pesel is not null && found[0].Pesel == taxpayer.Pesel ? TaxpayerLink.Pesel : TaxpayerLink.Nip;
        taxpayer.LinkedAt = now;
        return true;
    }
}
