using Eboi.Core.Tenancy;

namespace Eboi.FaultReports.Open311;

/// <summary>
/// jurisdiction_id: optional here (the path already names the gmina), but when given it must name this gmina: its slug
/// ("kozy") or one of its hosts ("bip.kozy.pl", "www." ignored), as the spec suggests the city's web root.
/// </summary>
internal static class Jurisdiction
{
    public static bool Matches(TenantInfo tenant, string? jurisdictionId)
    {
        if (string.IsNullOrWhiteSpace(jurisdictionId)) return true;
        var value = Normalize(jurisdictionId);
        return string.Equals(value, tenant.Slug, StringComparison.OrdinalIgnoreCase)
               || tenant.Hosts.Any(h => string.Equals(Normalize(h), value, StringComparison.OrdinalIgnoreCase));
    }

    private static string Normalize(string value)
    {
        var text = value.Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Host.Length > 0) text = uri.Host;
        return text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? text[4..] : text.TrimEnd('/');
    }
}
