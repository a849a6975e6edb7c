using Eboi.Core.Tenancy;
using Eboi.Core.Web;
using Eboi.Email.Domain;

namespace Eboi.Email.Rendering;

/// <summary>The values every message gets without the caller passing them: gmina, urzad, adres, portal.</summary>
internal static class StandardValues
{
    public static Dictionary<string, string> For(TenantInfo tenant, string publicUrl) => new(StringComparer.Ordinal)
    {
        [PlaceholderNames.Gmina] = tenant.Name,
        [PlaceholderNames.Urzad] = tenant.OfficeName,
        [PlaceholderNames.Adres] = AddressLine(tenant.Profile.Address),
        [PlaceholderNames.Portal] = PortalAddress.Of(tenant, publicUrl),
    };

    /// <summary>"ul. Zbąszyńska 17, 64-212 Siedlec", skipping parts the tenant left empty.</summary>
    public static string AddressLine(OfficeAddress address)
    {
        var city = string.Join(' ', new[] { address.PostalCode, address.City }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return string.Join(", ", new[] { address.Street, city }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }
}
