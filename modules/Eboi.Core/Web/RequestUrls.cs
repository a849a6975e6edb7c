using Microsoft.AspNetCore.Http;

namespace Eboi.Core.Web;

public static class RequestUrls
{
    /// <summary>Absolute URL of the current tenant's portal home ("https://host/kozy/"), for links sent by e-mail.</summary>
    public static string PortalBase(this HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/";

    /// <summary>
    /// Absolute URL of a tenant's portal home when no request of that tenant is at hand (worker, CLI, recipes):
    /// the configured public URL (<see cref="EboiOptions.PublicUrl"/>) plus the slug, which resolves on any host.
    /// </summary>
    public static string PortalBase(string publicUrl, string tenantSlug) => $"{publicUrl.TrimEnd('/')}/{tenantSlug}/";
}
