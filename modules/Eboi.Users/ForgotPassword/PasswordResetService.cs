using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Core.Text;
using Eboi.Core.Validation;
using Eboi.Core.Web;
using Eboi.Email;
using Eboi.Users.Domain;
using Eboi.Users.Web;
using Microsoft.AspNetCore.Identity;

namespace Eboi.Users.ForgotPassword;

/// <summary>
/// "Nie pamiętam hasła" as in the seeds: the login plus the PESEL, NIP or REGON given at registration; a match gets
/// a link (2 h, single use) by e-mail. No password ever travels by e-mail, and the answer is always the same.
/// </summary>
internal sealed class PasswordResetService(UserManager<EboiUser> users, IEmailOutbox outbox, EboiDbContext db, AuditLog audit, PortalAddresses portals, TimeProvider clock)
{
    public static readonly TimeSpan LinkValidity = TimeSpan.FromHours(2);

    public async Task RequestAsync(string login, string identifier, CancellationToken ct = default)
    {
        var user = await users.FindByEmailAsync(login.Trim()) ?? await users.FindByNameAsync(login.Trim());
        if (user is null || !user.EmailConfirmed || !Matches(user, identifier)) return;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        await outbox.EnqueueAsync(new OutgoingEmail(AccountEmails.PasswordReset, user.Email!, new Dictionary<string, string>
        {
            ["imie"] = user.DisplayName,
            ["link"] = AccountLinks.WithToken(await portals.CurrentAsync(ct), UserPaths.ResetPassword, user.Id, token),
            ["wazny_do"] = PolishTime.Format(clock.GetUtcNow() + LinkValidity),
        }), ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Sets the new password from a reset link; the link then stops working (new security stamp).</summary>
    public async Task<IdentityResult> ResetAsync(Guid userId, string token, string newPassword, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null) return IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        // The new password, the unlock, its audit entry and the "password changed" e-mail commit together or not at all.
        return await db.ForTenantAsync(db.TenantId, async c =>
        {
            var result = await users.ResetPasswordAsync(user, token, newPassword);
            if (!result.Succeeded) return result;
            audit.Add(UsersAuditEvents.PasswordReset, user.Email!);
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            await outbox.EnqueueAsync(new OutgoingEmail(AccountEmails.PasswordChanged, user.Email!, new Dictionary<string, string>
            {
                ["imie"] = user.DisplayName,
                ["czas"] = PolishTime.Format(clock.GetUtcNow()),
            }), c);
            return result;
        }, r => r.Succeeded, ct);
    }

    private static bool Matches(EboiUser user, string identifier)
    {
        var digits = new string(identifier.Where(char.IsDigit).ToArray());
        return user.Kind == ApplicantKind.Person
            ? user.Pesel is not null && digits == user.Pesel
            : (user.Nip is not null && PolishIds.NormalizeNip(identifier) == user.Nip) || (user.Regon is not null && digits == user.Regon);
    }
}
