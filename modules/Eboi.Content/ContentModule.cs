using Eboi.Content.Data;
using Eboi.Content.Publishing;
using Eboi.Core.Modules;
using Eboi.Core.Tenancy;
using Eboi.Core.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Content;

/// <summary>Content types as data, versioned items, and the tenant pages (home, pages, regulamin, contact, accessibility).</summary>
public sealed class ContentModule : IEboiModule, INavigationProvider
{
    public string Name => ModuleNames.Content;
    public bool AlwaysEnabled => true;
    string INavigationProvider.Module => Name;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ContentService>();
        services.AddScoped<ContentTypeService>();
        services.AddScoped<ContentQueries>();
        services.AddScoped<Regulamin.RegulaminReader>();
        services.AddSingleton<INavigationProvider>(this);
        services.AddSingleton<Core.Security.IAdminMenuProvider, Admin.ContentAdminMenu>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => ContentModel.Configure(modelBuilder);

    public IEnumerable<NavigationItem> GetItems(TenantInfo tenant) =>
    [
        new("Strona główna", "/", 0),
        new("Pomoc", "/pomoc", 80, "Jak korzystać z portalu: konto, katalog spraw, płatności."),
        new("Kontakt", "/kontakt", 90, "Adres urzędu, telefony, godziny pracy."),
    ];
}
