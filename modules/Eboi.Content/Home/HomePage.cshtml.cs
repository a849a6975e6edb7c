using Eboi.Core.Modules;
using Eboi.Core.Tenancy;
using Eboi.Core.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Eboi.Content.Home;

/// <summary>The tenant's home page: search in the catalog, the services of its enabled modules, contact.</summary>
[OutputCache(PolicyName = TenantPageCachePolicy.Name)]
internal sealed class HomePageModel(ICurrentTenant current, NavigationService navigation, HomePageSections sections) : PageModel
{
    public TenantInfo Tenant => current.Tenant!;
    public IReadOnlyList<NavigationItem> Tiles { get; private set; } = [];

    /// <summary>Blocks other modules add (announcements, ...), rendered as their view components.</summary>
    public IReadOnlyList<HomePageSection> Sections { get; private set; } = [];
    public bool HasCatalog => Tenant.HasModule(ModuleNames.Catalog);

    public void OnGet()
    {
        Tiles = navigation.For(Tenant).Where(i => i.Path != "/" && i.Description.Length > 0).ToList();
        Sections = sections.For(Tenant);
    }
}
