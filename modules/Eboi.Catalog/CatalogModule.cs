using Eboi.Catalog.Admin;
using Eboi.Catalog.Data;
using Eboi.Catalog.Listing;
using Eboi.Catalog.Recipes;
using Eboi.Catalog.Search;
using Eboi.Content;
using Eboi.Core.Modules;
using Eboi.Core.Recipes;
using Eboi.Core.Security;
using Eboi.Core.Tenancy;
using Eboi.Core.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Catalog;

/// <summary>The katalog spraw: service cards and categories (content types), Polish search, the cross-office directory.</summary>
public sealed class CatalogModule : IEboiModule
{
    public string Name => ModuleNames.Catalog;
    public IReadOnlyList<string> Dependencies => [ModuleNames.Content];

    // Service cards are content items: the Content module's permissions and audit events cover them.
    public IReadOnlyList<AdminMenuItem> AdminMenu => [new("Katalog spraw", CatalogPaths.AdminList, ContentPermissions.Edit, 15)];

    public IEnumerable<NavigationItem> Navigation(TenantInfo tenant) =>
        [new("Katalog spraw", CatalogPaths.List, 10, "Opisy spraw: wymagane dokumenty, opłaty, terminy, formularze do pobrania.")];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<CatalogReader>();
        services.AddScoped<CatalogSearch>();
        services.AddScoped<ServiceDirectory>();
        services.AddScoped<IContentEventHandler>(sp => sp.GetRequiredService<ServiceDirectory>());
        services.AddScoped<ServiceCardEditor>();
        services.AddRecipeStep<CatalogStep>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => CatalogModel.Configure(modelBuilder);
}
