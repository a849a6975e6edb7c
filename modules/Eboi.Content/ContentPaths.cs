namespace Eboi.Content;

/// <summary>Routes of the content pages (tenant-relative), as their @page directives declare them (a unit test checks).</summary>
public static class ContentPaths
{
    public const string Home = "/";
    public const string Regulamin = "/regulamin";
    public const string Contact = "/kontakt";
    public const string Accessibility = "/deklaracja-dostepnosci";
    public const string AdminPages = "/admin/strony";
}
