namespace Eboi.Themes.Base;

/// <summary>Root-relative URLs of the Base theme's static assets (served once for all tenants, cacheable).</summary>
public static class ThemeAssets
{
    public const string Stylesheet = "/_content/Eboi.Themes.Base/css/eboi.css";
    public const string Icon = "/_content/Eboi.Themes.Base/favicon.svg";
    public const string CookieScript = "/_content/Eboi.Themes.Base/js/cookie-notice.js";
}
