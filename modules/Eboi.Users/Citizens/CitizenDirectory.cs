using Eboi.Core.Data;
using Eboi.Core.Security;
using Eboi.Users.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Users.Citizens;

/// <summary>Users' side of <see cref="ICitizenDirectory"/>: reads accounts of the current tenant (RLS and query filter).</summary>
internal sealed class CitizenDirectory(EboiDbContext db) : ICitizenDirectory
{
    public async Task<CitizenIdentity?> FindAsync(Guid userId, CancellationToken ct)
    {
        var user = await db.Set<EboiUser>().AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId && u.BlockedAt == null, ct);
        return user is null ? null : ToIdentity(user);
    }

    public async Task<IReadOnlyList<CitizenIdentity>> FindVerifiedByPeselOrNipAsync(string? pesel, string? nip, CancellationToken ct)
    {
        pesel = string.IsNullOrWhiteSpace(pesel) ? null : pesel.Trim();
        nip = string.IsNullOrWhiteSpace(nip) ? null : nip.Trim();
        if (pesel is null && nip is null) return [];
        var users = await db.Set<EboiUser>().AsNoTracking()
            .Where(u => u.BlockedAt == null && u.Verification == VerificationStatus.Verified
                && ((pesel != null && u.Pesel == pesel) || (nip != null && u.Nip == nip)))
            .ToListAsync(ct);
        return users.Select(ToIdentity).ToList();
    }

    public async Task<IReadOnlyList<CitizenIdentity>> SearchAsync(string text, int limit, CancellationToken ct)
    {
        var pattern = "%" + text.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
        var users = await db.Set<EboiUser>().AsNoTracking()
            .Where(u => u.BlockedAt == null && (EF.Functions.ILike(u.Email ?? "", pattern) || EF.Functions.ILike(u.LastName ?? "", pattern)
                || EF.Functions.ILike(u.FirstName ?? "", pattern) || EF.Functions.ILike(u.CompanyName ?? "", pattern)
                || (u.Pesel ?? "").Contains(text.Trim()) || (u.Nip ?? "").Contains(text.Trim())))
            .OrderBy(u => u.LastName).ThenBy(u => u.FirstName).ThenBy(u => u.Email)
            .Take(limit).ToListAsync(ct);
        return users.Select(ToIdentity).ToList();
    }

    private static CitizenIdentity ToIdentity(EboiUser u) =>
        new(u.Id, u.DisplayName.Length > 0 ? u.DisplayName : u.Email ?? "", u.Email, u.Pesel, u.Nip, u.Verification == VerificationStatus.Verified);
}
