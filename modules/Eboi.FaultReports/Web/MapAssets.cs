using Eboi.Core.Web;
using Microsoft.AspNetCore.Http;

namespace Eboi.FaultReports.Web;

/// <summary>The map's static files, and the one CSP change a map page needs: tiles from the tenant's tile server.</summary>
internal static class MapAssets
{
    private const string Root = "~/_content/Eboi.FaultReports/";
    public const string LeafletScript = Root + "lib/leaflet/leaflet.js";
    public const string LeafletStyles = Root + "lib/leaflet/leaflet.css";
    public const string MapScript = Root + "js/fault-map.js";
    public const string Styles = Root + "css/usterki.css";

    /// <summary>Adds the tile server's origin to img-src of the page's CSP (set by the host before the page runs).</summary>
    public static void AllowTiles(HttpContext http, string tileUrl)
    {
        var template = tileUrl.Replace("{s}", "a", StringComparison.Ordinal);
        if (!Uri.TryCreate(template.Replace("{z}", "0").Replace("{x}", "0").Replace("{y}", "0"), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps) return;
        var origin = tileUrl.Contains("{s}", StringComparison.Ordinal)
            ? $"https://*.{uri.Host[(uri.Host.IndexOf('.') + 1)..]}"
            : $"https://{uri.Authority}";
        ContentSecurityPolicy.Allow(http.Response, ContentSecurityPolicy.ImgSrc, origin);
    }
}
