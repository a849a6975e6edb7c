using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Eboi.ApiKeys.RateLimiting;

/// <summary>The policy <see cref="Core.Security.ApiKeyRateLimits.PerKey"/>: one partition whose limiter picks the key's or the address's window.</summary>
internal sealed class ApiKeyRateLimitPolicy(ApiKeyRequestLimiter limiter) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => ApiRateLimitRejection.WriteAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) => RateLimitPartition.Get("api", _ => limiter);
}
