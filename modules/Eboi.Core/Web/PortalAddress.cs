using Eboi.Core.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Eboi.Core.Web;

/// <summary>
/// The canonical address of a tenant's portal, the base of every absolute link (mail, redirects, APIs): its first
/// registered host with the public URL's scheme and port, else the public URL plus its slug. Never the request's
/// Host header, which anyone can forge (a password reset link pointing at an attacker's site).
/// </summary>
public static class PortalAddress
{
    public static string Of(TenantInfo tenant, string publicUrl) => Of(tenant.Slug, tenant.Hosts, publicUrl);

    /// <param name="hosts">The tenant's host names, the canonical one first.</param>
    public static string Of(string slug, IReadOnlyList<string> hosts, string publicUrl)
    {
        var publicBase = publicUrl.TrimEnd('/');
        if (hosts.Count == 0) return $"{publicBase}/{slug}/";
        var uri = new Uri(publicBase + "/", UriKind.Absolute);
        var port = uri.IsDefaultPort ? "" : $":{uri.Port}";
        return $"{uri.Scheme}://{hosts[0]}{port}/";
    }

    /// <summary>The canonical address of the tenant this request belongs to.</summary>
    public static string OfRequestTenant(this HttpContext context) =>
        Of(context.GetTenant() ?? throw new InvalidOperationException("The request has no tenant."),
            context.RequestServices.GetRequiredService<IOptions<EboiOptions>>().Value.PublicUrl);
}
