using Eboi.Core.Audit;
using Eboi.Core.Cli;
using Eboi.Core.Security;
using Eboi.Core.Tenancy;
using Eboi.Core.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Core.Modules;

/// <summary>
/// The one registration point of a module and its table of contents: name, dependencies, services, EF model, SQL
/// migrations (embedded), permissions, audit events, menus, home page blocks, CLI verbs, middleware and endpoints. The host finds
/// every implementation in the assemblies it references (<see cref="ModuleDiscovery"/>).
/// </summary>
public interface IEboiModule
{
    /// <summary>Stable module name used in recipes and tenant settings (e.g. "Catalog").</summary>
    string Name { get; }

    /// <summary>Names of the modules this one builds on; they register, migrate and run first. Core is implied.</summary>
    IReadOnlyList<string> Dependencies => [];

    /// <summary>Always-on modules (Core, Content) cannot be disabled by a tenant.</summary>
    bool AlwaysEnabled => false;

    /// <summary>The permissions this module's pages require, with their Polish descriptions (roles editor, recipes).</summary>
    IReadOnlyList<PermissionDefinition> Permissions => [];

    /// <summary>The audit events this module records, with their Polish labels (the staff audit log).</summary>
    IReadOnlyList<AuditEvent> AuditEvents => [];

    /// <summary>Entries of the staff panel (or, marked Host, the hosting provider's panel); shown only where the module is on.</summary>
    IReadOnlyList<AdminMenuItem> AdminMenu => [];

    /// <summary>Links of the tenant's main menu and home page; asked only for tenants that have the module on.</summary>
    IEnumerable<NavigationItem> Navigation(TenantInfo tenant) => [];

    /// <summary>Blocks this module adds to the tenant's home page (view components); shown only where the module is on.</summary>
    IReadOnlyList<HomePageSection> HomePageSections => [];

    /// <summary>The operator's CLI verbs (./eboi ...) this module answers.</summary>
    IReadOnlyList<ICliCommand> CliCommands => [];

    void ConfigureServices(IServiceCollection services, IConfiguration configuration) { }

    void ConfigureModel(ModelBuilder modelBuilder) { }

    /// <summary>Adds middleware to the web pipeline, after authentication and authorization, before output caching and endpoints.</summary>
    void ConfigurePipeline(IApplicationBuilder app) { }

    void MapEndpoints(IEndpointRouteBuilder endpoints) { }
}
