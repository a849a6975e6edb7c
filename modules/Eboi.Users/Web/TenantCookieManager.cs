using Eboi.Core.Tenancy;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace Eboi.Users.Web;

/// <summary>
/// Auth cookies per tenant: the name carries the tenant slug and the path is the tenant's path base, so a browser
/// never sends Kozy's cookie to Siedlec; the tenant claim inside is still checked on every request.
/// </summary>
internal sealed class TenantCookieManager : ICookieManager
{
    private readonly ChunkingCookieManager _inner = new();

    public string? GetRequestCookie(HttpContext context, string key) => _inner.GetRequestCookie(context, Name(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        _inner.AppendResponseCookie(context, Name(context, key), value, Scoped(context, options));

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) =>
        _inner.DeleteCookie(context, Name(context, key), Scoped(context, options));

    private static string Name(HttpContext context, string key) => $"{key}.{context.GetTenant()?.Slug ?? "host"}";

    private static CookieOptions Scoped(HttpContext context, CookieOptions options)
    {
        options.Path = context.Request.PathBase.HasValue ? context.Request.PathBase.Value : "/";
        return options;
    }
}
