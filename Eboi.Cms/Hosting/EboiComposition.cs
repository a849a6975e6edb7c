using Eboi.Catalog;
using Eboi.Content;
using Eboi.Core;
using Eboi.Core.Modules;
using Eboi.Core.Web;
using Eboi.Email;
using Eboi.HostPanel;
using Eboi.Users;
using Eboi.Recipes;

namespace Eboi.Cms.Hosting;

/// <summary>The modules this host composes, and the services both the web host and the CLI need.</summary>
public static class EboiComposition
{
    public static IEboiModule[] Modules() => [new ContentModule(), new CatalogModule(), new EmailModule(), new UsersModule(), new RecipesModule(), new HostPanelModule()];

    public static ModuleRegistry AddEboiApplication(this IServiceCollection services, IConfiguration configuration)
    {
        var registry = services.AddEboi(configuration, Modules());
        services.AddOutputCache(o => o.AddPolicy(TenantPageCachePolicy.Name, new TenantPageCachePolicy()));
        return registry;
    }
}
