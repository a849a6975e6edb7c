using Eboi.ApiKeys.Validation;
using Eboi.Core.Modules;
using Eboi.Core.Security;
using Eboi.Core.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eboi.ApiKeys.WhoAmI;

/// <summary>
/// GET or POST /api/klucz: which key the request presents (prefix, name, scope, gmina), so an operator or a vendor can
/// check a key before wiring it in, sent as its client will send it (header, query, or Open311's api_key form field). 401 without a key, 403 for a key that is not a live key of this gmina; rate limited.
/// </summary>
internal static class WhoAmIEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods(ApiKeysEndpoints.WhoAmI, [HttpMethods.Get, HttpMethods.Post], HandleAsync)
            .WithMetadata(new TenantScopeAttribute(TenantScope.Tenant), new ModuleMetadata(ApiKeysModule.ModuleName, false))
            .RequireRateLimiting(ApiKeyRateLimits.PerKey);

    private static async Task<IResult> HandleAsync(HttpContext context, ApiKeyValidator validator, CancellationToken ct)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (await ApiKeyRequest.ReadAsync(context.Request, ct) is not { } presented)
            return Error(StatusCodes.Status401Unauthorized, $"Brak klucza API: podaj go w nagłówku {ApiKeyRequest.HeaderName} albo w parametrze {ApiKeyRequest.ParameterName}.");
        if (await validator.IdentifyAsync(presented, ct) is not { } key)
            return Error(StatusCodes.Status403Forbidden, "Ten klucz API nie jest ważnym kluczem tej gminy (błędny, unieważniony albo innej gminy).");
        var tenant = context.GetTenant()!;
        return Results.Json(new { prefix = key.Prefix, name = key.Name, scope = key.Scope, gmina = tenant.Slug, urzad = tenant.OfficeName });
    }

    // A body of its own keeps the status code pages (Polish HTML) out of a machine answer.
    private static IResult Error(int status, string description) => Results.Json(new[] { new { code = status, description } }, statusCode: status);
}
