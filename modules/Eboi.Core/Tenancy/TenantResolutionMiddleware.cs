using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eboi.Core.Tenancy;

/// <summary>
/// Resolves the tenant: host name first, then the first path segment (which becomes PathBase), else host level.
/// A disabled tenant is answered by its themed 503 page. A host name that is neither a tenant's nor a public one
/// (<see cref="EboiOptions.IsPublicHost"/>) is refused with 400: nothing is served, so nothing can be linked, to a
/// forged Host header.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next, TenantRegistry registry, IOptions<EboiOptions> options, ILogger<TenantResolutionMiddleware> logger)
{
    public const string DisabledPath = "/blad/503";

    /// <summary>Probes (load balancer, orchestrator) often address the node by its IP: health answers on any host.</summary>
    public static readonly PathString HealthPath = "/health";

    public async Task InvokeAsync(HttpContext context, CurrentTenant current)
    {
        var host = context.Request.Host.Host;
        var tenant = await registry.FindByHostAsync(host, context.RequestAborted);
        if (tenant is null && !options.Value.IsPublicHost(host) && !context.Request.Path.StartsWithSegments(HealthPath))
        {
            logger.LogWarning("Refused a request for unknown host {Host}", host);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("Nieznany adres serwera. / Unknown host.", context.RequestAborted);
            return;
        }
        if (tenant is null && TryFirstSegment(context.Request.Path, out var segment, out var rest))
        {
            tenant = await registry.FindBySlugAsync(segment, context.RequestAborted);
            if (tenant is not null)
            {
                context.Request.PathBase = context.Request.PathBase.Add("/" + tenant.Slug);
                context.Request.Path = rest;
            }
        }

        if (tenant is null)
        {
            await next(context);
            return;
        }

        current.Tenant = tenant;
        context.SetTenant(tenant);
        if (!tenant.Enabled && !context.Request.Path.StartsWithSegments("/_content"))
            context.Request.Path = DisabledPath;

        using (logger.BeginScope(new Dictionary<string, object> { ["Tenant"] = tenant.Slug }))
            await next(context);
    }

    private static bool TryFirstSegment(PathString path, out string segment, out PathString rest)
    {
        segment = "";
        rest = PathString.Empty;
        var value = path.Value;
        if (string.IsNullOrEmpty(value) || value.Length < 2) return false;
        var end = value.IndexOf('/', 1);
        segment = end < 0 ? value[1..] : value[1..end];
        rest = end < 0 ? new PathString("/") : new PathString(value[end..]);
        return segment.Length > 0 && segment[0] != '_';
    }
}
