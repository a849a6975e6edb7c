namespace Eboi.Core.Security;

/// <summary>
/// Checks a machine API key of the current tenant (implemented by the ApiKeys module; used by Open311 now, the tax and
/// case APIs later). Keys are stored hashed; a revoked, unknown or other-scope key is refused alike.
/// </summary>
public interface IApiKeyValidator
{
    /// <summary>The key's identity when <paramref name="rawKey"/> is a live key of the current tenant for <paramref name="scope"/>; else null (also for a null key: none was sent, see <see cref="ApiKeyRequest.ReadAsync"/>).</summary>
    Task<ApiKeyIdentity?> ValidateAsync(string? rawKey, string scope, CancellationToken ct);
}

/// <summary>A validated key: its id (the rate-limit partition) and the name staff gave it.</summary>
public sealed record ApiKeyIdentity(Guid KeyId, string Name, string Scope);

/// <summary>Scopes a key is issued for (the second argument of <c>./eboi apikey create GMINA scope</c>).</summary>
public static class ApiKeyScopes
{
    public const string Open311 = "open311";
    public const string Taxes = "taxes";
}
