namespace Eboi.Core.Tenancy;

/// <summary>Path segments a tenant slug or a page slug may not take, because the application routes them.</summary>
public static class ReservedNames
{
    /// <summary>First segments at host level (a tenant slug would shadow them).</summary>
    public static readonly IReadOnlySet<string> TenantSlugs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "api", "open311", "health", "blad", "konto", "lib", "css", "js", "img", "static", "favicon.ico",
        "robots.txt", "uslugi", "urzedy", "szukaj", "bramka-testowa",
    };

    /// <summary>Tenant-level routes a page slug may not take.</summary>
    public static readonly IReadOnlySet<string> PageSlugs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "api", "open311", "blad", "konto", "katalog-spraw", "regulamin", "kontakt", "deklaracja-dostepnosci",
        "platnosci", "sprawy", "korespondencja", "usterki", "health",
    };
}
