using System.Security.Claims;

namespace Eboi.Core.Security;

/// <summary>An entry of the staff panel's menu, shown to users holding its permission (null: every staff member).</summary>
public sealed record AdminMenuItem(string Label, string Path, string? Permission, int Order);

/// <summary>Implemented by modules that add pages to the staff panel.</summary>
public interface IAdminMenuProvider
{
    IEnumerable<AdminMenuItem> GetItems();
}

/// <summary>The staff panel's menu for one user: the items of all modules whose permission the user holds.</summary>
public sealed class AdminMenu(IEnumerable<IAdminMenuProvider> providers)
{
    public IReadOnlyList<AdminMenuItem> For(ClaimsPrincipal user) =>
        providers.SelectMany(p => p.GetItems())
            .Where(i => i.Permission is null ? user.HasClaim(c => c.Type == Permissions.ClaimType) : user.HasClaim(Permissions.ClaimType, i.Permission))
            .OrderBy(i => i.Order).ToList();
}
