using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Eboi.Core.Security;

/// <summary>
/// A fixed-window limit on POSTs per signed-in user and per client address (<see cref="ClientAddress"/>) at once (both must allow): password checks on
/// pages behind sign-in, where a per-IP limit alone lets one account be guessed from many addresses.
/// </summary>
public sealed class UserAndIpRateLimit(string name, int perUser, int perIp, TimeSpan window) : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> limiter = PartitionedRateLimiter.CreateChained(
        PartitionedRateLimiter.Create<HttpContext, string>(ctx => Fixed($"{name}:user:{ctx.User.FindFirstValue(ClaimTypes.NameIdentifier)}", perUser, window)),
        PartitionedRateLimiter.Create<HttpContext, string>(ctx => Fixed($"{name}:ip:{ClientAddress.KeyOf(ctx)}", perIp, window)));

    /// <summary>Takes one permit for this request's user and address; false when either is used up (answer 429).</summary>
    public bool TryAcquire(HttpContext ctx)
    {
        if (!HttpMethods.IsPost(ctx.Request.Method)) return true;
        using var lease = limiter.AttemptAcquire(ctx);
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();

    private static RateLimitPartition<string> Fixed(string key, int limit, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = window, QueueLimit = 0 });
}
