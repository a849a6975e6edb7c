using Eboi.ApiKeys.Domain;
using Eboi.ApiKeys.Validation;
using Eboi.Core.Audit;
using Eboi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Eboi.ApiKeys.Keys;

/// <summary>
/// The current tenant's API keys for the panel and the CLI: list, create (the raw key is returned once and never
/// stored) and revoke. Each change is saved with its audit entry, which names the prefix, never the secret.
/// </summary>
internal sealed class ApiKeyStore(EboiDbContext db, AuditLog audit, ApiKeyScopeCatalog scopes, RecognizedKeys recognized, TimeProvider clock)
{
    public sealed record CreateResult(ApiKey? Key, string? RawKey, IReadOnlyList<(string Field, string Message)> Errors);

    /// <summary>Live keys first, then revoked ones; newest first in each.</summary>
    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken ct) =>
        await db.Set<ApiKey>().AsNoTracking().OrderBy(k => k.RevokedAt != null).ThenByDescending(k => k.CreatedAt).ToListAsync(ct);

    public Task<ApiKey?> FindAsync(Guid id, CancellationToken ct) => db.Set<ApiKey>().AsNoTracking().FirstOrDefaultAsync(k => k.Id == id, ct);

    public Task<ApiKey?> FindByPrefixAsync(string prefix, CancellationToken ct) =>
        db.Set<ApiKey>().AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == prefix.Trim().ToLowerInvariant(), ct);

    public async Task<CreateResult> CreateAsync(string? name, string? scope, string? actor, CancellationToken ct)
    {
        var input = ApiKeyRules.Check(name, scope, scopes.Names);
        if (input.Errors.Count > 0) return new(null, null, input.Errors);
        var generated = ApiKeyFormat.Generate();
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(), Scope = input.Scope, Name = input.Name, Prefix = generated.Prefix,
            SecretHash = generated.SecretHash, CreatedAt = clock.GetUtcNow(), CreatedBy = actor,
        };
        db.Add(key);
        audit.Add(ApiKeysAuditEvents.Created, $"{key.Prefix} ({key.Name})", $"zakres: {key.Scope}");
        await db.SaveChangesAsync(ct);
        return new(key, generated.Raw, []);
    }

    /// <summary>Revokes a live key (at once, on every node: each request checks the database); null when there is none by that id.</summary>
    public async Task<ApiKey?> RevokeAsync(Guid id, string? actor, CancellationToken ct)
    {
        var key = await db.Set<ApiKey>().FirstOrDefaultAsync(k => k.Id == id, ct);
        if (key is null) return null;
        if (key.IsRevoked) return key;
        key.RevokedAt = clock.GetUtcNow();
        key.RevokedBy = actor;
        audit.Add(ApiKeysAuditEvents.Revoked, $"{key.Prefix} ({key.Name})", $"zakres: {key.Scope}");
        await db.SaveChangesAsync(ct);
        recognized.Forget(key.Id);
        return key;
    }
}
