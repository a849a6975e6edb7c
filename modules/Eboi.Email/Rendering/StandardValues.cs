using Eboi.Core.Tenancy;
using Eboi.Core.Web;
using Eboi.Email.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Eboi.Email.Rendering;

/// <summary>The values every message gets without the caller passing them: gmina, urzad, adres, portal.</summary>
public static class StandardValues
{
    public static Dictionary<string, string> For(TenantInfo tenant, HttpRequest? request, string publicUrl) => new(StringComparer.Ordinal)
    {
        [PlaceholderNames.Gmina] = tenant.Name,
        [PlaceholderNames.Urzad] = tenant.OfficeName,
        [PlaceholderNames.Adres] = AddressLine(tenant.Profile.Address),
        [PlaceholderNames.Portal] = PortalUrl(tenant, request, publicUrl),
    };

    /// <summary>
    /// The tenant's home as the user reached it (host name or /slug path) when the request belongs to that tenant;
    /// otherwise (worker, CLI, host panel acting for a tenant) the configured public URL + slug.
    /// </summary>
    public static string PortalUrl(TenantInfo tenant, HttpRequest? request, string publicUrl)
    {
        if (request is not null && request.HttpContext.GetTenant()?.Id == tenant.Id && request.Host.HasValue)
            return UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, "/");
        return RequestUrls.PortalBase(publicUrl, tenant.Slug);
    }

    /// <summary>"ul. Zbąszyńska 17, 64-212 Siedlec", skipping parts the tenant left empty.</summary>
    public static string AddressLine(OfficeAddress address)
    {
        var city = string.Join(' ', new[] { address.PostalCode, address.City }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return string.Join(", ", new[] { address.Street, city }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }
}
