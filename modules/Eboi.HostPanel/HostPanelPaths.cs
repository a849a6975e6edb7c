namespace Eboi.HostPanel;

/// <summary>Routes of the host panel (host level, no tenant), as their @page directives declare them (a unit test checks).</summary>
public static class HostPanelPaths
{
    public const string Tenants = "/admin";
    public const string Login = "/admin/logowanie";
    public const string Logout = "/admin/wyloguj";
    public const string NewTenant = "/admin/urzedy/nowy";
    public const string TenantDetail = "/admin/urzedy/{slug}";

    /// <summary>The page of one office.</summary>
    public static string TenantOf(string slug) => TenantDetail.Replace("{slug}", slug, StringComparison.Ordinal);
}
