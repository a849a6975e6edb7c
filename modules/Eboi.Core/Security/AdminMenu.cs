using System.Security.Claims;
using Eboi.Core.Modules;
using Eboi.Core.Tenancy;

namespace Eboi.Core.Security;

/// <summary>
/// An entry of the staff panel's menu, shown to users holding its permission (null: every staff member); a
/// <paramref name="Host"/> entry belongs to the hosting provider's panel instead. Declared by a module
/// (<see cref="IEboiModule.AdminMenu"/>).
/// </summary>
public sealed record AdminMenuItem(string Label, string Path, string? Permission, int Order, bool Host = false);

/// <summary>The panel's menu for one user: the items of the tenant's enabled modules whose permission the user holds.</summary>
public sealed class AdminMenu(ModuleRegistry modules)
{
    /// <summary>The tenant staff panel's items the user may open.</summary>
    public IReadOnlyList<AdminMenuItem> For(ClaimsPrincipal user, TenantInfo tenant) =>
        modules.Modules.Where(m => modules.IsEnabled(m, tenant)).SelectMany(m => m.AdminMenu)
            .Where(i => !i.Host && (i.Permission is null ? user.HasClaim(c => c.Type == Permissions.ClaimType) : user.HasClaim(Permissions.ClaimType, i.Permission)))
            .OrderBy(i => i.Order).ToList();

    /// <summary>The host panel's items, for a signed-in operator (its pages check that themselves).</summary>
    public IReadOnlyList<AdminMenuItem> ForHost(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
            ? modules.Modules.SelectMany(m => m.AdminMenu).Where(i => i.Host).OrderBy(i => i.Order).ToList()
            : [];
}
