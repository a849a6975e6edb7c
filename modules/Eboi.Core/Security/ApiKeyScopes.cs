using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Eboi.Core.Security;

/// <summary>
/// Scopes of machine API keys. A module that serves an API registers its scope with
/// <see cref="ApiKeyScopeServiceCollectionExtensions.AddApiKeyScope"/>; the key panel and CLI offer every registered one.
/// </summary>
public static class ApiKeyScopes
{
    /// <summary>Open311 GeoReport v2 (fault reports).</summary>
    public const string Open311 = "open311";
}

/// <summary>A registered scope: its stored name (lower case, never rename) and its Polish label for the panel.</summary>
public sealed record ApiKeyScope(string Name, string Label);

/// <summary>How a module declares the API key scope its API checks, from its ConfigureServices.</summary>
public static class ApiKeyScopeServiceCollectionExtensions
{
    /// <summary>Adds a scope (the first registration of a name wins, so two modules may both declare a shared one).</summary>
    public static IServiceCollection AddApiKeyScope(this IServiceCollection services, string name, string label)
    {
        if (services.Any(d => d.ServiceType == typeof(ApiKeyScope) && d.ImplementationInstance is ApiKeyScope s && s.Name == name)) return services;
        services.AddSingleton(new ApiKeyScope(name, label));
        return services;
    }
}
