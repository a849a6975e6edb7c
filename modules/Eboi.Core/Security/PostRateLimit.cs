using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Eboi.Core.Security;

/// <summary>A fixed-window limit on a form's POSTs per client address (<see cref="ClientAddress"/>; reading the form is free): login and registration forms.</summary>
public static class PostRateLimit
{
    public static RateLimitPartition<string> PerClient(HttpContext ctx, string policy, int limit, TimeSpan window) =>
        HttpMethods.IsPost(ctx.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter($"{policy}:{ClientAddress.KeyOf(ctx)}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("get");
}
