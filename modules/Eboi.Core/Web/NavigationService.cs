using Eboi.Core.Modules;
using Eboi.Core.Tenancy;

namespace Eboi.Core.Web;

/// <summary>Builds the main menu of a tenant from the providers of its enabled modules.</summary>
public sealed class NavigationService(IEnumerable<INavigationProvider> providers, ModuleRegistry modules)
{
    public IReadOnlyList<NavigationItem> For(TenantInfo tenant) =>
        providers.Where(p => IsOn(tenant, p.Module)).SelectMany(p => p.GetItems(tenant)).OrderBy(i => i.Order).ToList();

    private bool IsOn(TenantInfo tenant, string module) =>
        modules.Modules.Any(m => m.Name == module && (m.AlwaysEnabled || tenant.HasModule(module)));
}
