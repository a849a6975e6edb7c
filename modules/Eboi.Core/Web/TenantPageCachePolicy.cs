using Eboi.Core.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace Eboi.Core.Web;

/// <summary>
/// Output cache for anonymous tenant pages: keyed by tenant and full URL, tagged per tenant (evicted on publish),
/// never for signed-in users, never storing a response that sets a cookie or is not 200.
/// </summary>
public sealed class TenantPageCachePolicy : IOutputCachePolicy
{
    public const string Name = "TenantPage";
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var tenant = http.GetTenant();
        var anonymous = http.User.Identity?.IsAuthenticated != true && !http.Request.Headers.Authorization.Any();
        var attempt = tenant is not null && anonymous && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method));
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Duration;
        context.CacheVaryByRules.QueryKeys = "*";
        if (tenant is not null)
        {
            context.CacheVaryByRules.VaryByValues["tenant"] = tenant.Id.ToString("N");
            context.Tags.Add(TenantCacheTags.ForTenant(tenant.Id));
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
