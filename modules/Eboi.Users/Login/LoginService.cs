using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Core.Security;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Identity;

namespace Eboi.Users.Login;

/// <summary>
/// Signs a user in by e-mail or login name. The password is checked before anything about the account is said
/// (so "not activated" or "blocked by staff" is only told to whoever knows the password); failures are limited per
/// name and source and spaced out per name (<see cref="LoginThrottle"/>), never locking the owner out from
/// elsewhere; the answer for an unknown name is the same as for a wrong password, and its typed text is not kept.
/// </summary>
internal sealed class LoginService(
    UserManager<EboiUser> users,
    SignInManager<EboiUser> signIn,
    IPasswordHasher<EboiUser> hasher,
    LoginThrottle throttle,
    EboiDbContext db,
    AuditLog audit,
    TimeProvider clock)
{
    /// <summary>What the audit log says instead of a typed name that matches no account (it may be a mistyped password).</summary>
    public const string UnknownLogin = "(nieznany login)";

    private static readonly EboiUser Nobody = new();

    /// <param name="source">The client's address key (<see cref="Core.Security.ClientAddress"/>).</param>
    public async Task<LoginOutcome> SignInAsync(LoginForm form, string source, CancellationToken ct = default)
    {
        var tenant = db.TenantId ?? throw new InvalidOperationException("Login needs a tenant.");
        var login = form.Login!.Trim();
        var user = await users.FindByEmailAsync(login) ?? await users.FindByNameAsync(login);
        var subject = user?.Email ?? UnknownLogin;
        if (throttle.IsSourceBlocked(tenant, login, source))
        {
            await audit.RecordAsync(UsersAuditEvents.LockedOut, subject, "próba logowania w czasie blokady tego adresu", ct);
            return LoginOutcome.LockedOut;
        }
        if (throttle.Reserve(tenant, login) is not { } wait)
        {
            await audit.RecordAsync(UsersAuditEvents.LockedOut, subject, "zbyt wiele prób na to konto; próba odrzucona bez sprawdzania", ct);
            return LoginOutcome.TryLater;
        }
        if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, ct);

        if (user is null)
        {
            hasher.HashPassword(Nobody, form.Password!);   // same cost as a real check
            return await FailAsync(tenant, login, source, subject, "nieznany login", ct);
        }
        // A lockout from the account's own pages (a session guessing the password) still holds here.
        if (await users.IsLockedOutAsync(user))
        {
            await audit.RecordAsync(UsersAuditEvents.LockedOut, subject, "próba logowania na zablokowane czasowo konto", ct);
            return LoginOutcome.LockedOut;
        }
        if (!await users.CheckPasswordAsync(user, form.Password!)) return await FailAsync(tenant, login, source, subject, "błędne hasło", ct);
        throttle.Succeed(tenant, login, source);
        if (user.BlockedAt is not null)
        {
            await audit.RecordAsync(UsersAuditEvents.LockedOut, subject, "próba logowania na konto zablokowane przez urząd", ct);
            return LoginOutcome.BlockedByStaff;
        }
        if (!user.EmailConfirmed) return LoginOutcome.NotActivated;

        user.LastLoginAt = clock.GetUtcNow();
        audit.Add(UsersAuditEvents.LoginSucceeded, subject);
        await users.UpdateAsync(user);
        await signIn.SignInAsync(user, isPersistent: form.RememberMe);
        return LoginOutcome.SignedIn;
    }

    private async Task<LoginOutcome> FailAsync(Guid tenant, string login, string source, string subject, string reason, CancellationToken ct)
    {
        throttle.Fail(tenant, login, source);
        var blocked = throttle.IsSourceBlocked(tenant, login, source);
        await audit.RecordAsync(blocked ? UsersAuditEvents.LockedOut : UsersAuditEvents.LoginFailed, subject,
            blocked ? $"{reason}; logowanie z tego adresu wstrzymane na 15 minut" : reason, ct);
        return blocked ? LoginOutcome.LockedOut : LoginOutcome.InvalidCredentials;
    }
}
