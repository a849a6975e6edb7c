using System.Security.Claims;
using System.Security.Cryptography;
using Eboi.Core.Data;
using Eboi.HostPanel.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Eboi.HostPanel.Accounts;

/// <summary>Host operators: creation with a generated password (CLI, demo seed), sign-in with lockout, session checks.</summary>
public sealed class OperatorAccounts(EboiDbContext db, IPasswordHasher<HostOperator> hasher, TimeProvider clock, ILogger<OperatorAccounts> logger)
{
    public const int MaxFailedLogins = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
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

    /// <summary>Sets a new generated password, unlocks the account and ends its sessions; null when no such login.</summary>
    public async Task<string?> ResetPasswordAsync(string login, CancellationToken ct = default)
    {
        var op = await db.Set<HostOperator>().FirstOrDefaultAsync(o => o.Login == Normalize(login), ct);
        if (op is null) return null;
        var password = SetNewPassword(op);
        op.FailedLogins = 0;
        op.LockedUntil = null;
        await db.SaveChangesAsync(ct);
        return password;
    }

    /// <summary>
    /// Five failures lock the account for 15 minutes. While locked, a right and a wrong password get the same
    /// answer (LockedOut), and the page words every failure alike, so the answer reveals neither the password nor the login.
    /// </summary>
    public async Task<OperatorSignInResult> SignInAsync(HttpContext http, string login, string password, CancellationToken ct = default)
    {
        var op = await db.Set<HostOperator>().FirstOrDefaultAsync(o => o.Login == Normalize(login), ct);
        var now = clock.GetUtcNow();
        if (op is null)
        {
            // Same work as a real check, so timing does not tell either.
            hasher.VerifyHashedPassword(new HostOperator(), DummyHash.Value, password);
            return OperatorSignInResult.Failed;
        }
        var locked = op.LockedUntil > now;
        if (hasher.VerifyHashedPassword(op, op.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            if (!locked)
            {
                op.FailedLogins++;
                if (op.FailedLogins >= MaxFailedLogins)
                {
                    op.LockedUntil = now + LockoutDuration;
                    op.FailedLogins = 0;
                    logger.LogWarning("Host operator {Login} locked out after {Count} failed logins", op.Login, MaxFailedLogins);
                }
                await db.SaveChangesAsync(ct);
            }
            return locked ? OperatorSignInResult.LockedOut : OperatorSignInResult.Failed;
        }
        if (locked) return OperatorSignInResult.LockedOut;

        op.FailedLogins = 0;
        op.LastLoginAt = now;
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
        db.Set<HostOperator>().AnyAsync(o => o.Id == id && o.SecurityStamp == stamp, ct);

    private string SetNewPassword(HostOperator op)
    {
        var password = RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", GeneratedPasswordLength);
        op.PasswordHash = hasher.HashPassword(op, password);
        op.SecurityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        return password;
    }

    private static string Normalize(string login) => login.Trim().ToLowerInvariant();

    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<HostOperator>().HashPassword(new HostOperator(), "dummy-password"));
}
