using Eboi.Core.Data;
using Eboi.Core.Data.DataProtection;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Logging;
using Eboi.Core.Modules;
using Eboi.Core.Tenancy;
using Eboi.Core.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Eboi.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Registers the kernel and every module of the registry: one container, one DbContext, one tenant registry.</summary>
    /// <returns>The module registry, for the host's Razor Pages conventions (<see cref="EboiPageConvention"/>).</returns>
    public static ModuleRegistry AddEboi(this IServiceCollection services, IConfiguration configuration, ModuleRegistry registry)
    {
        services.AddSingleton(registry);
        // Resolved lazily: verbs that need no database (recipe validate) run without a connection string.
        services.AddSingleton(_ => DatabaseOptions.From(configuration));
        services.AddSingleton(TimeProvider.System);
        // Read when first resolved, so settings added after registration (test hosts, the CLI) still count.
        services.AddOptions<EboiOptions>().Bind(configuration.GetSection(EboiOptions.Section)).PostConfigure(o =>
        {
            if (string.IsNullOrWhiteSpace(o.PublicUrl)) o.PublicUrl = EboiOptions.DefaultPublicUrl;
            if (string.IsNullOrWhiteSpace(o.DataPath)) o.DataPath = EboiOptions.DefaultDataPath;
        }).Validate(o => Uri.TryCreate(o.PublicUrl, UriKind.Absolute, out var u) && u.Scheme is "http" or "https",
            "Eboi:PublicUrl must be an absolute http or https URL (the base of every link the portal sends).").ValidateOnStart();

        services.AddScoped<CurrentTenant>();
        services.AddScoped<ICurrentTenant>(sp => sp.GetRequiredService<CurrentTenant>());
        services.AddSingleton<TenantSessionInterceptor>();
        services.AddSingleton<TenantStampInterceptor>();
        // Without a connection string the context can still be built (recipe validate resolves services that take it)
        // but not connect; the app itself stops at start-up on the missing string (DatabaseOptions.From).
        services.AddDbContext<EboiDbContext>((sp, o) => (DatabaseOptions.TryFrom(configuration) is null ? o.UseNpgsql() : o
            .UseNpgsql(sp.GetRequiredService<DatabaseOptions>().AppConnectionString))
            .AddInterceptors(sp.GetRequiredService<TenantSessionInterceptor>(), sp.GetRequiredService<TenantStampInterceptor>(),
                sp.GetRequiredService<Jobs.JobWakeInterceptor>()));
        Jobs.JobServiceCollectionExtensions.AddEboiJobs(services, configuration);
        services.AddSingleton<TenantRegistry>();
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<AppRoleCheck>();
        services.AddSingleton<NavigationService>();
        services.AddSingleton<HomePageSections>();
        services.AddDataProtection().SetApplicationName("eboi");
        services.AddOptions<KeyManagementOptions>().Configure<DatabaseOptions>((o, db) => o.XmlRepository = new PostgresXmlRepository(db));
        // What ProtectKeysWithCertificate does, but read when first resolved (test hosts and the CLI add settings late).
        services.AddOptions<KeyEncryptionOptions>().Bind(configuration.GetSection(KeyEncryptionOptions.Section));
        services.AddSingleton<KeyEncryptionCertificates>();
        services.AddOptions<KeyManagementOptions>().Configure<KeyEncryptionCertificates, ILoggerFactory>((o, certs, logs) =>
        {
            if (certs.Current is not null) o.XmlEncryptor = new CertificateKeyEncryptor(certs, logs);
        });
        services.AddScoped<PortalAddresses>();
        services.AddSingleton<Security.LoginThrottle>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationPolicyProvider, Security.PermissionPolicyProvider>();
        services.AddSingleton<Security.AdminMenu>();
        services.AddHttpContextAccessor();
        services.AddScoped<Audit.AuditLog>();
        services.AddSingleton<Files.IFileStore, Files.LocalFileStore>();
        services.TryAddSingleton<Notifications.ISmsSender, Notifications.LogSmsSender>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, TenantScopeMatcherPolicy>());

        services.Configure<RazorViewEngineOptions>(o => o.ViewLocationExpanders.Add(new ThemeViewLocationExpander()));

        foreach (var module in registry.Modules) module.ConfigureServices(services, configuration);
        return registry;
    }

    /// <summary>Adds every module's middleware (<see cref="IEboiModule.ConfigurePipeline"/>), in module order; the host calls it after authorization.</summary>
    public static IApplicationBuilder UseEboiModules(this IApplicationBuilder app)
    {
        foreach (var module in app.ApplicationServices.GetRequiredService<ModuleRegistry>().Modules) module.ConfigurePipeline(app);
        return app;
    }

    /// <summary>Maps every module's endpoints.</summary>
    public static IEndpointRouteBuilder MapEboiModules(this IEndpointRouteBuilder endpoints)
    {
        foreach (var module in endpoints.ServiceProvider.GetRequiredService<ModuleRegistry>().Modules) module.MapEndpoints(endpoints);
        return endpoints;
    }
}
