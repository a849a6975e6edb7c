using Eboi.ApiKeys.Admin;
using Eboi.ApiKeys.Cli;
using Eboi.ApiKeys.Data;
using Eboi.ApiKeys.Keys;
using Eboi.ApiKeys.RateLimiting;
using Eboi.ApiKeys.Validation;
using Eboi.ApiKeys.WhoAmI;
using Eboi.Core.Audit;
using Eboi.Core.Cli;
using Eboi.Core.Modules;
using Eboi.Core.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.ApiKeys;

/// <summary>
/// Klucze API: per-tenant keys for machine APIs (Open311 now, tax and case APIs later), issued and revoked in the panel
/// and by ./eboi apikey, stored as hashes; Core's <see cref="IApiKeyValidator"/> and the <see cref="ApiKeyRateLimits.PerKey"/> policy.
/// </summary>
public sealed class ApiKeysModule : IEboiModule
{
    /// <summary>Its name in recipes ("modules": ["ApiKeys"]) and tenant settings.</summary>
    public const string ModuleName = "ApiKeys";

    public string Name => ModuleName;

    public IReadOnlyList<PermissionDefinition> Permissions => ApiKeysPermissions.All;
    public IReadOnlyList<AuditEvent> AuditEvents => ApiKeysAuditEvents.All;
    public IReadOnlyList<AdminMenuItem> AdminMenu => [new("Klucze API", ApiKeysPaths.Admin, ApiKeysPermissions.Manage, 80)];
    public IReadOnlyList<ICliCommand> CliCommands => [new ApiKeyCreateCommand(), new ApiKeyRevokeCommand(), new ApiKeyListCommand()];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // Open311 is Core's own scope (ApiKeyScopes); a module with another API adds its scope the same way.
        services.AddApiKeyScope(ApiKeyScopes.Open311, "Open311: zgłoszenia usterek");
        services.AddSingleton<ApiKeyScopeCatalog>();
        services.AddSingleton<RecognizedKeys>();
        services.AddScoped<ApiKeyStore>();
        services.AddScoped<ApiKeyValidator>();
        services.AddScoped<IApiKeyValidator>(sp => sp.GetRequiredService<ApiKeyValidator>());

        services.AddSingleton(ApiKeyRateLimitOptions.From(configuration));
        services.AddSingleton<ApiKeyRequestLimiter>();
        services.AddRateLimiter(o => o.AddPolicy<string, ApiKeyRateLimitPolicy>(ApiKeyRateLimits.PerKey));
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => ApiKeysModel.Configure(modelBuilder);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => WhoAmIEndpoint.Map(endpoints);
}
