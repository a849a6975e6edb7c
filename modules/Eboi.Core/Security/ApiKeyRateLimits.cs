namespace Eboi.Core.Security;

/// <summary>
/// The rate limiter policy of machine APIs (implemented by ApiKeys): an endpoint opts in with
/// <c>.RequireRateLimiting(ApiKeyRateLimits.PerKey)</c>. Requests with a valid key count against that key, others
/// against the client address; a refusal is 429 with Retry-After and a small JSON (or XML for a .xml path) error body.
/// </summary>
public static class ApiKeyRateLimits
{
    public const string PerKey = "api-klucz";
}
