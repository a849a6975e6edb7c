using Microsoft.Extensions.Configuration;

namespace Eboi.ApiKeys.RateLimiting;

/// <summary>
/// Limits of <see cref="Core.Security.ApiKeyRateLimits.PerKey"/> (Eboi:ApiKeys:RateLimits:*): requests per window for
/// each valid key, and for each client address without one. 60 a minute suits Open311 clients, which poll.
/// </summary>
internal sealed record ApiKeyRateLimitOptions(int PerKey, int PerAddress, TimeSpan Window)
{
    public static ApiKeyRateLimitOptions From(IConfiguration configuration) => new(
        configuration.GetValue("Eboi:ApiKeys:RateLimits:PerKey", 60),
        configuration.GetValue("Eboi:ApiKeys:RateLimits:PerAddress", 60),
        TimeSpan.FromSeconds(configuration.GetValue("Eboi:ApiKeys:RateLimits:WindowSeconds", 60)));
}
