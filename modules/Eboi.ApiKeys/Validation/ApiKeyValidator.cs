using Eboi.ApiKeys.Domain;
using Eboi.Core.Data;
using Eboi.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Eboi.ApiKeys.Validation;

/// <summary>
/// Checks presented keys against the current tenant's live keys (query filter and RLS: another tenant's key is not
/// even found), compares the secret's hash in constant time, and notes the use at most once a minute.
/// </summary>
internal sealed class ApiKeyValidator(EboiDbContext db, RecognizedKeys recognized, TimeProvider clock) : IApiKeyValidator
{
    /// <summary>How stale last_used_at may get: one UPDATE per key per interval, not one per request.</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    public async Task<ApiKeyIdentity?> ValidateAsync(string? rawKey, string scope, CancellationToken ct) =>
        await IdentifyAsync(rawKey, ct) is { } key && key.Scope == scope ? new ApiKeyIdentity(key.Id, key.Name, key.Scope) : null;

    /// <summary>The live key of this tenant the client presented, whatever its scope; null otherwise (also for null or malformed input).</summary>
    public async Task<LiveKey?> IdentifyAsync(string? presentedKey, CancellationToken ct)
    {
        if (!ApiKeyFormat.TryParse(presentedKey, out var prefix, out var secret)) return null;
        var key = await db.Set<ApiKey>().AsNoTracking()
            .Where(k => k.Prefix == prefix && k.RevokedAt == null)
            .Select(k => new { k.Id, k.Prefix, k.Name, k.Scope, k.SecretHash, k.LastUsedAt })
            .FirstOrDefaultAsync(ct);
        if (key is null || !ApiKeyFormat.Matches(secret, key.SecretHash)) return null;
        recognized.Remember(key.SecretHash, key.Id);

        var now = clock.GetUtcNow();
        if (key.LastUsedAt is not { } last || now - last >= TouchInterval)
        {
            var staleBefore = now - TouchInterval;
            // Conditional, so concurrent requests of one key write once.
            await db.Set<ApiKey>().Where(k => k.Id == key.Id && (k.LastUsedAt == null || k.LastUsedAt <= staleBefore))
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), ct);
        }
        return new LiveKey(key.Id, key.Prefix, key.Name, key.Scope);
    }
}

/// <summary>A live key as the module itself shows it (with its public prefix).</summary>
internal sealed record LiveKey(Guid Id, string Prefix, string Name, string Scope);
