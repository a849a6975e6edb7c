using Eboi.Catalog.Admin;
using Eboi.Catalog.Data;
using Eboi.Catalog.Directory;
using Eboi.Catalog.Listing;
using Eboi.Catalog.Search;
using Eboi.Content.Publishing;
using Eboi.Core.Modules;
using Eboi.Core.Tenancy;
using Eboi.Core.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Catalog;

/// <summary>The katalog spraw: service cards and categories (content types), Polish search, the cross-office directory.</summary>
public sealed class CatalogModule : IEboiModule, INavigationProvider
{
    public string Name => ModuleNames.Catalog;
    public IReadOnlyList<string> Dependencies => [ModuleNames.Content];
    string INavigationProvider.Module => Name;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<CatalogReader>();
        services.AddScoped<CatalogSearch>();
        services.AddScoped<ServiceDirectory>();
        services.AddScoped<IContentEventHandler>(sp => sp.GetRequiredService<ServiceDirectory>());
        services.AddSingleton<INavigationProvider>(this);
        services.AddScoped<ServiceCardEditor>();
        services.AddSingleton<Core.Security.IAdminMenuProvider, CatalogAdminMenu>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => CatalogModel.Configure(modelBuilder);

    public IEnumerable<NavigationItem> GetItems(TenantInfo tenant) =>
        [new("Katalog spraw", "/katalog-spraw", 10, "Opisy spraw: wymagane dokumenty, opłaty, terminy, formularze do pobrania.")];
}
