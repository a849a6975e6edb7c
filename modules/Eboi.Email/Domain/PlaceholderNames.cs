namespace Eboi.Email.Domain;

/// <summary>Placeholder names; the first four are filled for every message from the tenant and the request.</summary>
public static class PlaceholderNames
{
    public const string Gmina = "gmina";
    public const string Urzad = "urzad";
    public const string Adres = "adres";
    public const string Portal = "portal";

    public const string Imie = "imie";
    public const string Link = "link";
    public const string WaznyDo = "wazny_do";
    public const string LinkLogowania = "link_logowania";
    public const string LinkReset = "link_reset";
    public const string Czas = "czas";
    public const string Powod = "powod";
}

/// <summary>A placeholder a template may use, with the Polish description shown to editors.</summary>
/// <param name="IsLink">Its value is a URL: the HTML part makes it a link (other values never become links).</param>
public sealed record PlaceholderInfo(string Name, string Description, bool IsLink = false);
