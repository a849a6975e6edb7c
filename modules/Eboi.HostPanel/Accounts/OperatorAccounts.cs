using System.Security.Claims;
using System.Security.Cryptography;
using Eboi.Core.Data;
using Eboi.Core.Security;
using Eboi.HostPanel.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Eboi.HostPanel.Accounts;

/// <summary>Host operators: creation with a generated password (CLI, demo seed), sign-in with lockout, session checks.</summary>
internal sealed class OperatorAccounts(EboiDbContext db, IPasswordHasher<HostOperator> hasher, LoginThrottle throttle, TimeProvider clock, ILogger<OperatorAccounts> logger)
{
    // Operators belong to no tenant: their names are throttled under the empty tenant id.
    private static readonly Guid HostLevel = Guid.Empty;
    private const int GeneratedPasswordLength = 20;

    public Task<bool> ExistsAsync(string login, CancellationToken ct = default) =>
        db.Set<HostOperator>().AnyAsync(o => o.Login == Normalize(login), ct);

    /// <summary>Creates an operator and returns the generated password (shown once; only its hash is stored).</summary>
    public async Task<string> CreateAsync(string login, string displayName, CancellationToken ct = default)
    {
        login = Normalize(login);
        if (login.Length is 0 or > 200 || login.Any(char.IsWhiteSpace))
            throw new ArgumentException("Login operatora nie może być pusty ani zawierać spacji.", nameof(login));
        var op = new HostOperator
        {
            Id = Guid.CreateVersion7(),
            Login = login,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? login : displayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        var password = SetNewPassword(op);
        db.Add(op);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Host operator {Login} created", login);
        return password;
    }

    /// <summary>Sets a new generated password and ends its sessions (a block stays); null when no such login.</summary>
    public async Task<string?> ResetPasswordAsync(string login, CancellationToken ct = default)
    {
        var op = await db.Set<HostOperator>().FirstOrDefaultAsync(o => o.Login == Normalize(login), ct);
        if (op is null) return null;
        var password = SetNewPassword(op);
        await db.SaveChangesAsync(ct);
        return password;
    }

    /// <summary>
    /// Failures are limited per login and source, and spaced out per login (<see cref="LoginThrottle"/>), so nobody
    /// locks an operator out from elsewhere. A wrong password, an unknown login and a blocked source get one answer
    /// (Failed) whatever password was typed; a block by another operator is told only after the right password.
    /// </summary>
    public async Task<OperatorSignInResult> SignInAsync(HttpContext http, string login, string password, CancellationToken ct = default)
    {
        var normalized = Normalize(login);
        var source = ClientAddress.KeyOf(http);
        if (throttle.IsSourceBlocked(HostLevel, normalized, source))
        {
            hasher.VerifyHashedPassword(new HostOperator(), DummyHash.Value, password);   // same work, same answer
            return OperatorSignInResult.Failed;
        }
        if (throttle.Reserve(HostLevel, normalized) is not { } wait) return OperatorSignInResult.TryLater;
        if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, ct);

        var op = await db.Set<HostOperator>().FirstOrDefaultAsync(o => o.Login == normalized, ct);
        // An unknown login costs a hash check too, so timing does not tell either.
        var verified = hasher.VerifyHashedPassword(op ?? new HostOperator(), op?.PasswordHash ?? DummyHash.Value, password);
        if (op is null || verified == PasswordVerificationResult.Failed)
        {
            throttle.Fail(HostLevel, normalized, source);
            if (throttle.IsSourceBlocked(HostLevel, normalized, source))
                logger.LogWarning("Host operator login {Login} refused from {Source} for {Minutes} min after failed attempts", normalized, source, LoginThrottle.Window.TotalMinutes);
            return OperatorSignInResult.Failed;
        }
        throttle.Succeed(HostLevel, normalized, source);
        if (op.BlockedAt is not null)
        {
            logger.LogWarning("Blocked host operator {Login} tried to sign in", op.Login);
            return OperatorSignInResult.Blocked;
        }

        op.LastLoginAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, op.Id.ToString()),
            new Claim(ClaimTypes.Name, op.Login),
            new Claim(ClaimTypes.GivenName, op.DisplayName),
            new Claim(OperatorAuthentication.OperatorClaim, op.Id.ToString()),
            new Claim(OperatorAuthentication.StampClaim, op.SecurityStamp),
        ], OperatorAuthentication.Scheme);
        await http.SignInAsync(OperatorAuthentication.Scheme, new ClaimsPrincipal(identity));
        logger.LogInformation("Host operator {Login} signed in", op.Login);
        return OperatorSignInResult.SignedIn;
    }

    public Task<bool> IsSessionValidAsync(Guid id, string? stamp, CancellationToken ct) =>
        db.Set<HostOperator>().AnyAsync(o => o.Id == id && o.SecurityStamp == stamp && o.BlockedAt == null, ct);

    /// <summary>Blocks (or unblocks) an operator; blocking ends its sessions at once. False when no such login.</summary>
    public async Task<bool> SetBlockedAsync(string login, bool blocked, CancellationToken ct = default)
    {
        var op = await db.Set<HostOperator>().FirstOrDefaultAsync(o => o.Login == Normalize(login), ct);
        if (op is null) return false;
        if (blocked && op.BlockedAt is null)
        {
            op.BlockedAt = clock.GetUtcNow();
            op.SecurityStamp = NewStamp();
        }
        else if (!blocked) op.BlockedAt = null;
        await db.SaveChangesAsync(ct);
        logger.LogWarning("Host operator {Login} {State}", op.Login, blocked ? "blocked" : "unblocked");
        return true;
    }

    private string SetNewPassword(HostOperator op)
    {
        var password = RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", GeneratedPasswordLength);
        op.PasswordHash = hasher.HashPassword(op, password);
        op.SecurityStamp = NewStamp();
        return password;
    }

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    private static string Normalize(string login) => login.Trim().ToLowerInvariant();

    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<HostOperator>().HashPassword(new HostOperator(), "dummy-password"));
}
