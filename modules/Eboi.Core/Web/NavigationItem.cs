namespace Eboi.Core.Web;

/// <summary>A link in the tenant's main menu and on its home page, contributed by a module.</summary>
public sealed record NavigationItem(string Label, string Path, int Order, string Description = "");
