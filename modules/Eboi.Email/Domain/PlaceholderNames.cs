namespace Eboi.Email;

/// <summary>Names of the standard values every message gets from the tenant and the portal (a module's own names live in the module).</summary>
public static class PlaceholderNames
{
    public const string Gmina = "gmina";
    public const string Urzad = "urzad";
    public const string Adres = "adres";
    public const string Portal = "portal";
}

/// <summary>A value a template may use, with the Polish description shown to editors.</summary>
/// <param name="Name">The Liquid name, written {{ name }} in a template: lower case, digits and "_".</param>
/// <param name="IsLink">Its value is a URL: the HTML part makes it a link (other values never become links).</param>
public sealed record PlaceholderInfo(string Name, string Description, bool IsLink = false);
