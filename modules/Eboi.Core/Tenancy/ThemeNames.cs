namespace Eboi.Core.Tenancy;

/// <summary>Themes shipped with eBOI; a tenant picks one in its recipe.</summary>
public static class ThemeNames
{
    public const string Base = "Base";
    public const string Admin = "Admin";

    public static readonly IReadOnlySet<string> TenantThemes =
        new HashSet<string>(StringComparer.Ordinal) { Base, "Siedlec", "Pokrzywnica", "Kozy", "Pulawy" };
}
