using Eboi.Core.Data;

namespace Eboi.ApiKeys.Domain;

/// <summary>
/// A machine API key of one tenant and one scope. Only <see cref="Prefix"/> (public, for display and lookup) and the
/// SHA-256 of the secret are kept: the raw key is shown once at creation and can never be shown again.
/// </summary>
internal sealed class ApiKey : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public string Scope { get; set; } = "";
    public string Name { get; set; } = "";
    public string Prefix { get; set; } = "";
    public byte[] SecretHash { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }

    /// <summary>Last accepted use, to the minute at best (<see cref="Validation.ApiKeyValidator.TouchInterval"/>).</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    public bool IsRevoked => RevokedAt is not null;
}
