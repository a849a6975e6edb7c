using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Identity;

namespace Eboi.Users.Login;

/// <summary>
/// Signs a user in by e-mail or login name. The password is checked before anything about the account is said
/// (so "not activated" is only told to whoever knows the password), failures lock the account (Identity lockout)
/// and the name (LoginThrottle), and the answer for an unknown name is the same as for a wrong password.
/// </summary>
public sealed class LoginService(
    UserManager<EboiUser> users,
    SignInManager<EboiUser> signIn,
    IPasswordHasher<EboiUser> hasher,
    LoginThrottle throttle,
    EboiDbContext db,
    AuditLog audit,
    TimeProvider clock)
{
    private static readonly EboiUser Nobody = new();

    public async Task<LoginOutcome> SignInAsync(LoginForm form)
    {
        var tenant = db.TenantId ?? throw new InvalidOperationException("Login needs a tenant.");
        var login = form.Login!.Trim();
        if (throttle.IsBlocked(tenant, login))
        {
            await audit.RecordAsync(AuditEvent.LockedOut, login, "próba logowania w czasie blokady");
            return LoginOutcome.LockedOut;
        }

        var user = await users.FindByEmailAsync(login) ?? await users.FindByNameAsync(login);
        if (user is null)
        {
            hasher.HashPassword(Nobody, form.Password!);   // same cost as a real check
            throttle.Fail(tenant, login);
            await audit.RecordAsync(AuditEvent.LoginFailed, login, "nieznany login");
            return throttle.IsBlocked(tenant, login) ? LoginOutcome.LockedOut : LoginOutcome.InvalidCredentials;
        }
        if (await users.IsLockedOutAsync(user))
        {
            await audit.RecordAsync(AuditEvent.LockedOut, login, "próba logowania na zablokowane konto");
            return LoginOutcome.LockedOut;
        }
        if (!await users.CheckPasswordAsync(user, form.Password!))
        {
            await users.AccessFailedAsync(user);
            throttle.Fail(tenant, login);
            var locked = await users.IsLockedOutAsync(user) || throttle.IsBlocked(tenant, login);
            await audit.RecordAsync(locked ? AuditEvent.LockedOut : AuditEvent.LoginFailed, login, locked ? "konto zablokowane po nieudanych próbach" : "błędne hasło");
            return locked ? LoginOutcome.LockedOut : LoginOutcome.InvalidCredentials;
        }
        if (!user.EmailConfirmed) return LoginOutcome.NotActivated;

        await users.ResetAccessFailedCountAsync(user);
        throttle.Succeed(tenant, login);
        user.LastLoginAt = clock.GetUtcNow();
        audit.Add(AuditEvent.LoginSucceeded, login);
        await users.UpdateAsync(user);
        await signIn.SignInAsync(user, isPersistent: form.RememberMe);
        return LoginOutcome.SignedIn;
    }
}
