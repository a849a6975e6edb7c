using Eboi.Core;
using Eboi.Core.Modules;
using Eboi.Core.Web;

namespace Eboi.Cms.Hosting;

/// <summary>The modules this host composes (those it references, found once) and the services both the web host and the CLI need.</summary>
public static class EboiComposition
{
    private static readonly Lazy<ModuleRegistry> Registry = new(() => ModuleRegistry.Discover(typeof(EboiComposition).Assembly));

    /// <summary>Every module the host's project references, dependencies first.</summary>
    public static ModuleRegistry Modules => Registry.Value;

    public static ModuleRegistry AddEboiApplication(this IServiceCollection services, IConfiguration configuration)
    {
        var registry = services.AddEboi(configuration, Modules);
        services.AddOutputCache(o => o.AddPolicy(TenantPageCachePolicy.Name, new TenantPageCachePolicy()));
        return registry;
    }
}
