namespace Eboi.Core.Modules;

/// <summary>
/// Names of the modules in this repository, for modules that refer to each other (dependencies, checks such as
/// "the recipe has a catalog but does not enable Catalog"). What exists is the registry's business
/// (<see cref="ModuleRegistry"/>), not this list.
/// </summary>
public static class ModuleNames
{
    public const string Core = "Core";
    public const string Content = "Content";
    public const string Catalog = "Catalog";
    public const string Email = "Email";
    public const string Users = "Users";
    public const string Recipes = "Recipes";

    /// <summary>The hosting provider's panel (host level only, never listed by a tenant).</summary>
    public const string HostPanel = "HostPanel";
}
