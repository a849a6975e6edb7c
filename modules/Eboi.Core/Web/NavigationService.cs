using Eboi.Core.Modules;
using Eboi.Core.Tenancy;

namespace Eboi.Core.Web;

/// <summary>Builds the main menu of a tenant from the navigation of its enabled modules.</summary>
public sealed class NavigationService(ModuleRegistry modules)
{
    public IReadOnlyList<NavigationItem> For(TenantInfo tenant) =>
        modules.Modules.Where(m => modules.IsEnabled(m, tenant)).SelectMany(m => m.Navigation(tenant)).OrderBy(i => i.Order).ToList();
}
