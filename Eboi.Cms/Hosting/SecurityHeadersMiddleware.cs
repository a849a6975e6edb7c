using Eboi.Core.Web;

namespace Eboi.Cms.Hosting;

/// <summary>Baseline security headers on every response (no framing, no MIME sniffing, strict referrer, CSP).</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var h = context.Response.Headers;
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "strict-origin-when-cross-origin";
        h.ContentSecurityPolicy = ContentSecurityPolicy.Baseline;
        return next(context);
    }
}
