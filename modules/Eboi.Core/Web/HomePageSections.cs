using Eboi.Core.Modules;
using Eboi.Core.Tenancy;

namespace Eboi.Core.Web;

/// <summary>The home page blocks of a tenant's enabled modules, in order.</summary>
public sealed class HomePageSections(ModuleRegistry modules)
{
    public IReadOnlyList<HomePageSection> For(TenantInfo tenant) =>
        modules.Modules.Where(m => modules.IsEnabled(m, tenant)).SelectMany(m => m.HomePageSections).OrderBy(s => s.Order).ToList();
}
