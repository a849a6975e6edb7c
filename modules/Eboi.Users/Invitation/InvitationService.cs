using Eboi.Content.Regulamin;
using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Core.Text;
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
public sealed class InvitationService(
    EboiDbContext db,
    UserManager<EboiUser> users,
    IEmailOutbox outbox,
    RegulaminReader regulamin,
    AuditLog audit,
    TimeProvider clock)
{
    public const string TokenPurpose = "zaproszenie";

    /// <summary>Creates the account and queues the invitation in one transaction; returns errors per field.</summary>
    public async Task<(Guid? UserId, IReadOnlyList<(string Field, string Message)> Errors)> InviteAsync(
        RegistrationForm form, bool identityChecked, string portalBase, CancellationToken ct = default)
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
        var created = await users.CreateAsync(user);
        if (!created.Succeeded) return (null, created.Errors.Select(e => (nameof(RegistrationForm.Email), e.Description)).ToList());
        var token = await users.GenerateUserTokenAsync(user, TokenOptions.DefaultProvider, TokenPurpose);
        await outbox.EnqueueAsync(new OutgoingEmail(AccountEmails.Invitation, user.Email!, new Dictionary<string, string>
        {
            ["imie"] = user.DisplayName,
            ["link"] = AccountLinks.WithToken(portalBase, UserPaths.Invitation, user.Id, token),
            ["wazny_do"] = PolishTime.Format(clock.GetUtcNow() + RegistrationService.ActivationValidity),
        }), ct);
        audit.Add(AuditEvent.Registered, user.Email!, identityChecked ? "konto założone przez urząd, tożsamość sprawdzona" : "konto założone przez urząd");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (user.Id, []);
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
