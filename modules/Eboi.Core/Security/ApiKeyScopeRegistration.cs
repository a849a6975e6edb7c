using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Core.Security;

/// <summary>A registered API key scope: its stored name (lower case, never rename; e.g. <see cref="ApiKeyScopes.Open311"/>) and its Polish label for the panel.</summary>
public sealed record ApiKeyScope(string Name, string Label);

/// <summary>
/// How a module declares the API key scope its API checks, from its ConfigureServices. The key panel and
/// <c>./eboi apikey create</c> offer every registered scope, so a new API needs no change in the ApiKeys module.
/// </summary>
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
