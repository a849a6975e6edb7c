using Eboi.Content;
using Eboi.Content.Regulamin;
using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Core.Text;
using Eboi.Core.Web;
using Eboi.Email;
using Eboi.Users.Domain;
using Eboi.Users.Registration;
using Eboi.Users.Web;
using Microsoft.AspNetCore.Identity;

namespace Eboi.Users.Invitation;

/// <summary>
/// "Account created by an office employee" (seeds 000/002): staff enter the citizen's data, the citizen gets an
/// invitation link (48 h) to set a password and accept the regulamin. No password is chosen or seen by staff.
/// </summary>
internal sealed class InvitationService(
    EboiDbContext db,
    UserManager<EboiUser> users,
    IEmailOutbox outbox,
    RegulaminReader regulamin,
    AuditLog audit,
    PortalAddresses portals,
    TimeProvider clock)
{
    public const string TokenPurpose = "zaproszenie";

    /// <summary>Creates the account and queues the invitation in one transaction; returns errors per field.</summary>
    public async Task<(Guid? UserId, IReadOnlyList<(string Field, string Message)> Errors)> InviteAsync(
        RegistrationForm form, bool identityChecked, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await users.FindByEmailAsync(form.Email!.Trim()) is not null)
            return (null, [(nameof(RegistrationForm.Email), "Konto z tym adresem e-mail już istnieje – znajdziesz je na liście użytkowników.")]);
        var user = RegistrationService.FromForm(form, clock.GetUtcNow());
        if (identityChecked)
        {
            user.Verification = VerificationStatus.Verified;
            user.VerifiedAt = clock.GetUtcNow();
        }
        var created = await StageAsync(user, [], identityChecked ? "konto założone przez urząd, tożsamość sprawdzona" : "konto założone przez urząd", ct);
        if (!created.Succeeded) return (null, created.Errors.Select(e => (nameof(RegistrationForm.Email), e.Description)).ToList());
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (user.Id, []);
    }

    /// <summary>
    /// Creates an office employee's account (no password) with its roles and stages the invitation, inside the
    /// caller's transaction: a recipe onboarding a gmina names its first administrator this way. The caller checks
    /// that the address is new, then saves and commits; nothing is sent if it rolls back.
    /// </summary>
    public async Task<IdentityResult> StageStaffInvitationAsync(StaffInvitation staff, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var user = new EboiUser
        {
            Id = Guid.CreateVersion7(), UserName = staff.Email, Email = staff.Email, Kind = ApplicantKind.Person,
            FirstName = staff.FirstName, LastName = staff.LastName, RegisteredAt = now, LockoutEnabled = true,
            // The office names its own employee: there is no citizen identity to link.
            Verification = VerificationStatus.Verified, VerifiedAt = now,
        };
        return await StageAsync(user, staff.Roles, $"konto pracownika założone przy wdrożeniu; role: {string.Join(", ", staff.Roles)}", ct);
    }

    // Account, roles, invitation e-mail and audit entry, staged in the current unit of work (Identity saves the user).
    private async Task<IdentityResult> StageAsync(EboiUser user, IReadOnlyCollection<string> roles, string auditNote, CancellationToken ct)
    {
        var created = await users.CreateAsync(user);
        if (!created.Succeeded) return created;
        if (roles.Count > 0)
        {
            var added = await users.AddToRolesAsync(user, roles);
            if (!added.Succeeded) return added;
        }
        await EnqueueInvitationAsync(user, ct);
        audit.Add(UsersAuditEvents.Registered, user.Email!, auditNote);
        return IdentityResult.Success;
    }

    /// <summary>An account whose invitation has not been used yet (no password set).</summary>
    public static bool IsPending(EboiUser user) => user.PasswordHash is null && !user.EmailConfirmed;

    /// <summary>
    /// Sends a fresh invitation (e.g. the first one expired after 48 h). The security stamp changes first, so every
    /// earlier link stops working. The caller saves and commits.
    /// </summary>
    public async Task<bool> ResendAsync(EboiUser user, CancellationToken ct = default)
    {
        if (!IsPending(user)) return false;
        await users.UpdateSecurityStampAsync(user);
        await EnqueueInvitationAsync(user, ct);
        audit.Add(UsersAuditEvents.InvitationResent, user.Email!);
        return true;
    }

    // Generated after the account is saved: the token is bound to its security stamp.
    private async Task EnqueueInvitationAsync(EboiUser user, CancellationToken ct)
    {
        var token = await users.GenerateUserTokenAsync(user, TokenOptions.DefaultProvider, TokenPurpose);
        await outbox.EnqueueAsync(new OutgoingEmail(AccountEmails.Invitation, user.Email!, new Dictionary<string, string>
        {
            ["imie"] = user.DisplayName is { Length: > 0 } name ? name : user.Email!,
            ["link"] = AccountLinks.WithToken(await portals.CurrentAsync(ct), UserPaths.Invitation, user.Id, token),
            ["wazny_do"] = PolishTime.Format(clock.GetUtcNow() + RegistrationService.ActivationValidity),
        }), ct);
    }

    /// <summary>The citizen accepts the invitation: sets a password, accepts the regulamin, the e-mail counts as confirmed.</summary>
    public async Task<IdentityResult> AcceptAsync(Guid userId, string token, string password, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || await users.HasPasswordAsync(user) || !await users.VerifyUserTokenAsync(user, TokenOptions.DefaultProvider, TokenPurpose, token))
            return IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        var added = await users.AddPasswordAsync(user, password);
        if (!added.Succeeded) return added;
        var now = clock.GetUtcNow();
        user.EmailConfirmed = true;
        user.RegulaminVersion = (await regulamin.CurrentAsync(ct))?.Version;
        user.RegulaminAcceptedAt = now;
        user.DataConsentAt = now;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);   // the link works once
        return IdentityResult.Success;
    }
}
