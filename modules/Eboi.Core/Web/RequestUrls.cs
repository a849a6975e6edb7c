using Microsoft.AspNetCore.Http;

namespace Eboi.Core.Web;

public static class RequestUrls
{
    /// <summary>Absolute URL of the current tenant's portal home ("https://host/kozy/"), for links sent by e-mail.</summary>
    public static string PortalBase(this HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/";
}
