namespace Eboi.Core.Modules;

/// <summary>Names of the modules a tenant can enable; recipes and the schema use the same strings.</summary>
public static class ModuleNames
{
    public const string Core = "Core";
    public const string Content = "Content";
    public const string Catalog = "Catalog";
    public const string Recipes = "Recipes";

    /// <summary>The hosting provider's panel (host level only, never listed by a tenant).</summary>
    public const string HostPanel = "HostPanel";

    /// <summary>Always enabled (every tenant sends account e-mail), so not in <see cref="Known"/>.</summary>
    public const string Email = "Email";
    public const string TaxCards = "TaxCards";
    public const string Payments = "Payments";
    public const string Cases = "Cases";
    public const string FaultReports = "FaultReports";

    /// <summary>Modules a recipe may list; later issues add their implementation.</summary>
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        Content, Catalog, TaxCards, Payments, Cases, FaultReports,
    };
}
