using Eboi.Core.Modules;
using Eboi.Core.Security;
using Eboi.Open311.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Open311;

/// <summary>
/// Open311 GeoReport v2 (with mySociety's extensions) over the gmina's fault reports, for city apps and FixMyStreet-style
/// clients: the protocol lives here, the reports' rules in FaultReports. A gmina turns it on in its recipe ("Open311").
/// </summary>
public sealed class Open311Module : IEboiModule
{
    /// <summary>Its name in recipes ("modules": ["Open311"]).</summary>
    public const string ModuleName = "Open311";

    public string Name => ModuleName;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddApiKeyScope(ApiKeyScopes.Open311, "Open311 (zgłoszenia usterek)");

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => Open311Endpoints.Map(endpoints);
}
