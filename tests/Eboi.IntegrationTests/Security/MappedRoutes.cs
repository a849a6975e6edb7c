using Eboi.Core.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Security;

/// <summary>One route the app maps: its scope, pattern ("/admin/strony/{id:guid}"), methods and POST page handlers.</summary>
public sealed record MappedRoute(TenantScope Scope, string Pattern, IReadOnlyList<string> Methods, IReadOnlyList<string?> PostHandlers)
{
    public RouteKey Key => new(Scope, Pattern);
    public bool AnswersGet => Methods.Count == 0 || Methods.Contains("GET");
}

/// <summary>A route as the expectation table names it.</summary>
public readonly record struct RouteKey(TenantScope Scope, string Pattern)
{
    public override string ToString() => $"{Scope} {Pattern}";
}

/// <summary>Reads the endpoint table of the running app, the same one routing matches against.</summary>
public static class MappedRoutes
{
    public static async Task<IReadOnlyList<MappedRoute>> ReadAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var routes = new Dictionary<RouteKey, MappedRoute>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var metadata = endpoint.Metadata;
            IReadOnlyList<string?> postHandlers = [];
            if (metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                // The table may hold bare descriptors; the scope and handlers are on the loaded page (as routing sees it).
                var compiled = page as CompiledPageActionDescriptor ?? await loader.LoadAsync(page, endpoint.Metadata);
                metadata = compiled.Endpoint?.Metadata ?? metadata;
                postHandlers = compiled.HandlerMethods.Where(h => h.HttpMethod.Equals("POST", StringComparison.OrdinalIgnoreCase)).Select(h => h.Name).ToList();
                if (metadata.GetMetadata<TenantScopeAttribute>() is null)
                    throw new InvalidOperationException($"Page {page.RelativePath} carries no TenantScope metadata (EboiPageConvention adds it to every page).");
            }
            var scope = metadata.GetMetadata<TenantScopeAttribute>()?.Scope ?? TenantScope.Any;
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").Trim('/');
            var methods = metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToList() ?? [];
            var route = new MappedRoute(scope, pattern, methods, postHandlers);
            routes[route.Key] = routes.TryGetValue(route.Key, out var seen)
                ? seen with { Methods = [.. seen.Methods.Union(methods)], PostHandlers = [.. seen.PostHandlers.Union(postHandlers)] }
                : route;
        }
        return [.. routes.Values.OrderBy(r => r.Scope).ThenBy(r => r.Pattern, StringComparer.Ordinal)];
    }
}
