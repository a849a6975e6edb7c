using Eboi.Core.Audit;

namespace Eboi.ApiKeys;

/// <summary>What the audit log records about API keys (names are stored: never rename them). Never the secret.</summary>
public static class ApiKeysAuditEvents
{
    public static readonly AuditEvent Created = new("ApiKeyCreated", "Wydanie klucza API");
    public static readonly AuditEvent Revoked = new("ApiKeyRevoked", "Unieważnienie klucza API");

    public static readonly IReadOnlyList<AuditEvent> All = [Created, Revoked];
}
