using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Core.Modules;

/// <summary>The one registration point of a module: services, EF model, SQL migrations, endpoints.</summary>
public interface IEboiModule
{
    /// <summary>Stable module name used in recipes and tenant settings (e.g. "Catalog").</summary>
    string Name { get; }

    /// <summary>Always-on modules (Core, Content) cannot be disabled by a tenant.</summary>
    bool AlwaysEnabled => false;

    IReadOnlyList<string> Dependencies => [];

    void ConfigureServices(IServiceCollection services, IConfiguration configuration) { }

    void ConfigureModel(ModelBuilder modelBuilder) { }

    void MapEndpoints(IEndpointRouteBuilder endpoints) { }
}
