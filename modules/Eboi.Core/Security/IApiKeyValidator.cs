namespace Eboi.Core.Security;

/// <summary>
/// Checks a machine API key presented to one of the current tenant's APIs (implemented by ApiKeys). A key belongs to
/// one tenant and one scope; a revoked key, another tenant's key or a key of another scope is refused alike.
/// </summary>
public interface IApiKeyValidator
{
    /// <summary>
    /// The key's identity when <paramref name="presentedKey"/> (as the client sent it, see <see cref="ApiKeyRequest"/>)
    /// is a live key of the current tenant for <paramref name="scope"/>; null otherwise (null or malformed input too).
    /// </summary>
    Task<ApiKeyIdentity?> ValidateAsync(string? presentedKey, string scope, CancellationToken ct);
}

/// <summary>A valid key as an API sees it: its id (the rate limit's partition), public prefix, the office's name for it and its scope.</summary>
public sealed record ApiKeyIdentity(Guid Id, string Prefix, string Name, string Scope);
