using Eboi.Core.Audit;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Identity;

namespace Eboi.Users.Verification;

/// <summary>Verification by the office: the request waits for a staff member (staff panel, "czekające na decyzję").</summary>
internal sealed class StaffVerificationProvider(UserManager<EboiUser> users, AuditLog audit, TimeProvider clock) : IIdentityVerificationProvider
{
    public string Key => "urzad";
    public string DisplayName => "Weryfikacja przez pracownika urzędu";

    public async Task<string?> StartAsync(EboiUser user, string? message, CancellationToken ct)
    {
        if (user.Verification is VerificationStatus.Verified or VerificationStatus.Pending) return null;
        user.Verification = VerificationStatus.Pending;
        user.VerificationRequestedAt = clock.GetUtcNow();
        user.VerificationNote = string.IsNullOrWhiteSpace(message) ? null : message.Trim();
        audit.Add(UsersAuditEvents.VerificationRequested, user.Email!, user.VerificationNote);
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        return null;
    }
}
