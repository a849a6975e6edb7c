using System.Net;

namespace Eboi.Core.Text;

/// <summary>The one rule for editor-provided link targets: http, https, mailto, tel, relative paths and #anchors; any other scheme is refused.</summary>
public static class LinkPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>True when the URL may become an href or an image src.</summary>
    public static bool IsAllowed(string? url)
    {
        if (url is null) return false;
        // Check the URL as written and fully entity- and percent-decoded: both must pass, so no encoding hides a scheme.
        var raw = Strip(url);
        var decoded = raw;
        for (var i = 0; i < 5; i++)
        {
            var next = Strip(WebUtility.HtmlDecode(Uri.UnescapeDataString(decoded)));
            if (next == decoded) break;
            decoded = next;
        }
        return SchemeAllowed(raw) && SchemeAllowed(decoded);
    }

    /// <summary>The URL when allowed, else null (callers then show the text without a link).</summary>
    public static string? SafeHref(string? url) => IsAllowed(url) ? url!.Trim() : null;

    private static bool SchemeAllowed(string url)
    {
        // A scheme is whatever precedes the first ':' when no '/', '?' or '#' comes before it (as browsers parse it).
        var colon = url.IndexOf(':');
        if (colon < 0) return true;
        var delimiter = url.IndexOfAny(['/', '?', '#', '\\']);
        if (delimiter >= 0 && delimiter < colon) return true;
        var scheme = url[..colon];
        return AllowedSchemes.Any(s => string.Equals(s, scheme, StringComparison.OrdinalIgnoreCase));
    }

    // Browsers drop tabs, newlines and other controls inside a scheme ("jav\tascript:"), so they do not count here either.
    private static string Strip(string s) =>
        string.Concat(s.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c) && c is not ('\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD')));

}
