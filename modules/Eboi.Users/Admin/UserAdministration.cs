using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Core.Security;
using Eboi.Core.Text;
using Eboi.Email;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Users.Admin;

/// <summary>Staff operations on the current tenant's accounts: search, lock, unlock, roles, verification, SMS.</summary>
internal sealed class UserAdministration(EboiDbContext db, UserManager<EboiUser> users, RoleManager<EboiRole> roles, IEmailOutbox outbox, AuditLog audit, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<IReadOnlyList<EboiUser>> SearchAsync(string? query, VerificationStatus? status, CancellationToken ct = default)
    {
        var q = db.Set<EboiUser>().AsNoTracking();
        if (status is { } s) q = q.Where(u => u.Verification == s);
        if (!string.IsNullOrWhiteSpace(query))
        {
            var term = $"%{query.Trim().Replace("%", "").Replace("_", "")}%";
            q = q.Where(u => EF.Functions.ILike(u.Email!, term) || EF.Functions.ILike(u.LastName!, term) || EF.Functions.ILike(u.FirstName!, term)
                || EF.Functions.ILike(u.CompanyName!, term) || u.Pesel == query.Trim() || u.Nip == query.Trim() || u.Regon == query.Trim());
        }
        return await q.OrderByDescending(u => u.RegisteredAt).Take(PageSize).ToListAsync(ct);
    }

    public Task<EboiUser?> FindAsync(Guid id) => users.FindByIdAsync(id.ToString());

    public async Task<IReadOnlyList<string>> RolesOfAsync(EboiUser user) => [.. await users.GetRolesAsync(user)];

    public async Task<IReadOnlyList<string>> AllRolesAsync(CancellationToken ct = default) =>
        await roles.Roles.OrderBy(r => r.Name).Select(r => r.Name!).ToListAsync(ct);

    /// <summary>Blocks the account until staff unblock it; its sessions end at their next check (new security stamp).</summary>
    public async Task LockAsync(EboiUser user)
    {
        audit.Add(UsersAuditEvents.AccountLocked, user.Email!);
        user.BlockedAt = clock.GetUtcNow();
        await users.UpdateSecurityStampAsync(user);
    }

    /// <summary>Lifts the staff block and any lockout after failed logins.</summary>
    public async Task UnlockAsync(EboiUser user)
    {
        audit.Add(UsersAuditEvents.AccountUnlocked, user.Email!);
        user.BlockedAt = null;
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
    }

    public async Task SetRolesAsync(EboiUser user, IReadOnlyCollection<string> wanted)
    {
        var valid = (await AllRolesAsync()).ToHashSet();
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Where(valid.Contains).Except(current));
        audit.Add(UsersAuditEvents.RolesChanged, user.Email!, $"{string.Join(", ", current)} → {string.Join(", ", wanted.Where(valid.Contains))}");
        await users.UpdateSecurityStampAsync(user);   // the user's next request picks up the new permissions
    }

    public async Task SetSmsAllowedAsync(EboiUser user, bool allowed)
    {
        user.SmsAllowed = allowed;
        await users.UpdateAsync(user);
    }

    /// <summary>Links the account to the citizen's identity (staff checked the documents) and tells the citizen.</summary>
    public async Task VerifyAsync(EboiUser user, CancellationToken ct = default)
    {
        user.Verification = VerificationStatus.Verified;
        user.VerifiedAt = clock.GetUtcNow();
        audit.Add(UsersAuditEvents.Verified, user.Email!);
        await outbox.EnqueueAsync(new OutgoingEmail(AccountEmails.VerificationApproved, user.Email!, new Dictionary<string, string> { ["imie"] = user.DisplayName }), ct);
        await users.UpdateAsync(user);
    }

    /// <summary>Takes a verification back (e.g. granted by mistake); the citizen's sessions end, since they carried it.</summary>
    public async Task RevokeVerificationAsync(EboiUser user, string reason)
    {
        user.Verification = VerificationStatus.Unverified;
        user.VerifiedAt = null;
        audit.Add(UsersAuditEvents.VerificationRevoked, user.Email!, reason);
        await users.UpdateSecurityStampAsync(user);
    }

    public async Task RejectAsync(EboiUser user, string reason, CancellationToken ct = default)
    {
        user.Verification = VerificationStatus.Rejected;
        audit.Add(UsersAuditEvents.VerificationRejected, user.Email!, reason);
        await outbox.EnqueueAsync(new OutgoingEmail(AccountEmails.VerificationRejected, user.Email!, new Dictionary<string, string>
        {
            ["imie"] = user.DisplayName, ["powod"] = reason,
        }), ct);
        await users.UpdateAsync(user);
    }

    public async Task<int> CountAsync(VerificationStatus? status = null, CancellationToken ct = default) =>
        await db.Set<EboiUser>().CountAsync(u => status == null || u.Verification == status, ct);

    public static string StatusOf(EboiUser u, DateTimeOffset now) =>
        u.BlockedAt is not null ? "zablokowane przez urząd"
        : !u.EmailConfirmed ? "nieaktywne"
        : IsLockedOut(u, now) ? "zablokowane czasowo po nieudanych logowaniach" : "aktywne";

    /// <summary>Locked for a while after failed logins (Identity lockout), as opposed to blocked by staff.</summary>
    public static bool IsLockedOut(EboiUser u, DateTimeOffset now) => u.LockoutEnd is { } end && end > now;

    public static string Format(DateTimeOffset? at) => at is { } t ? PolishTime.Format(t) : "–";
}
