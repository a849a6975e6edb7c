using Eboi.Core.Modules;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;

namespace Eboi.Core.Tenancy;

/// <summary>
/// Drops route candidates that do not belong to the request's scope: host pages inside a tenant, tenant pages
/// at host level, and pages of modules the tenant has not enabled. So "/" and "/admin" exist twice safely.
/// </summary>
public sealed class TenantScopeMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    // Runs after Razor Pages' own PageLoaderMatcherPolicy, which swaps each page's endpoint for the loaded one that
    // carries the metadata of EboiPageConvention (page models are built lazily, so the DFA only sees descriptors).
    public override int Order => 0;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
        endpoints.Any(e => e.Metadata.GetMetadata<TenantScopeAttribute>() is not null || e.Metadata.GetMetadata<ModuleMetadata>() is not null
                           || e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null);

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        var tenant = httpContext.GetTenant();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!candidates.IsValidCandidate(i)) continue;
            var metadata = candidates[i].Endpoint.Metadata;
            var scope = metadata.GetMetadata<TenantScopeAttribute>()?.Scope ?? TenantScope.Any;
            var valid = scope switch
            {
                TenantScope.Host => tenant is null,
                TenantScope.Tenant => tenant is not null,
                _ => true,
            };
            var module = metadata.GetMetadata<ModuleMetadata>();
            if (valid && tenant is not null && module is { AlwaysEnabled: false } && !tenant.HasModule(module.ModuleName))
                valid = false;
            if (!valid) candidates.SetValidity(i, false);
        }
        return Task.CompletedTask;
    }
}
