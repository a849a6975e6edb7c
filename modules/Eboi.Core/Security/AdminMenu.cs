using System.Security.Claims;

namespace Eboi.Core.Security;

/// <summary>
/// An entry of the staff panel's menu, shown to users holding its permission (null: every staff member); a
/// <paramref name="Host"/> entry belongs to the hosting provider's panel instead.
/// </summary>
public sealed record AdminMenuItem(string Label, string Path, string? Permission, int Order, bool Host = false);

/// <summary>Implemented by modules that add pages to the staff panel.</summary>
public interface IAdminMenuProvider
{
    IEnumerable<AdminMenuItem> GetItems();
}

/// <summary>The panel's menu for one user: the items of all modules whose permission the user holds.</summary>
public sealed class AdminMenu(IEnumerable<IAdminMenuProvider> providers)
{
    /// <summary>The tenant staff panel's items the user may open.</summary>
    public IReadOnlyList<AdminMenuItem> For(ClaimsPrincipal user) =>
        providers.SelectMany(p => p.GetItems())
            .Where(i => !i.Host && (i.Permission is null ? user.HasClaim(c => c.Type == Permissions.ClaimType) : user.HasClaim(Permissions.ClaimType, i.Permission)))
            .OrderBy(i => i.Order).ToList();

    /// <summary>The host panel's items, for a signed-in operator (its pages check that themselves).</summary>
    public IReadOnlyList<AdminMenuItem> ForHost(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
            ? providers.SelectMany(p => p.GetItems()).Where(i => i.Host).OrderBy(i => i.Order).ToList()
            : [];
}
