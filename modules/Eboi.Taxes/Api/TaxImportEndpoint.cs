using System.Text.Json;
using Eboi.Core.Audit;
using Eboi.Core.Modules;
using Eboi.Core.Security;
using Eboi.Core.Tenancy;
using Eboi.Core.Web;
using Eboi.Taxes.Import;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eboi.Taxes.Api;

/// <summary>
/// POST /api/podatki/import: a <see cref="TaxImportBatch"/> as JSON from the gmina's tax system, authenticated by an
/// API key of scope "taxes" (401 without one, 403 for a key that is not a live "taxes" key of this gmina), rate limited
/// per key; answers which records were accepted and which rejected, each with its reason. GET /api/podatki/openapi.json
/// describes it.
/// </summary>
internal static class TaxImportEndpoint
{
    /// <summary>Largest accepted body (a gmina's yearly export fits many times over).</summary>
    public const long MaxBodyBytes = 32 * 1024 * 1024;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("")
            .WithMetadata(new TenantScopeAttribute(TenantScope.Tenant), new ModuleMetadata(TaxesModule.ModuleName, false))
            .RequireRateLimiting(ApiKeyRateLimits.PerKey);
        // Machine clients authenticate with an API key, not a cookie, so there is no antiforgery token to check.
        // GET answers too (401/403 like POST, then 405 with a pointer to the document), so the route is a tenant's only.
        api.MapMethods(TaxesApiRoutes.Import, [HttpMethods.Get, HttpMethods.Post], ImportAsync).DisableAntiforgery();
        api.MapGet(TaxesApiRoutes.OpenApi, OpenApi);
    }

    private static async Task<IResult> ImportAsync(HttpContext context, IApiKeyValidator keys, TaxImporter importer, AuditLog audit, CancellationToken ct)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (ApiKeyRequest.Peek(context.Request) is not { } presented)
            return Error(StatusCodes.Status401Unauthorized, $"Brak klucza API: podaj go w nagłówku {ApiKeyRequest.HeaderName}.");
        if (await keys.ValidateAsync(presented, ApiKeyScopes.Taxes, ct) is not { } key)
            return Error(StatusCodes.Status403Forbidden, "Ten klucz API nie jest ważnym kluczem tej gminy o zakresie „taxes” (błędny, unieważniony, innej gminy albo innego zakresu).");
        if (HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.Headers.Allow = HttpMethods.Post;
            return Error(StatusCodes.Status405MethodNotAllowed, $"Paczkę wysyła się metodą POST jako application/json; opis: {TaxesApiRoutes.OpenApi}.");
        }
        var body = await JsonRequestBody.ReadAsync<TaxImportBatch>(context.Request, MaxBodyBytes, Json, ct);
        if (body.Value is not { } batch) return Error(body.Status, body.Error!);
        if (batch.Count > TaxImporter.MaxRecords)
            return Error(StatusCodes.Status400BadRequest, $"Paczka może mieć najwyżej {TaxImporter.MaxRecords} rekordów; podziel ją.");

        var result = await importer.ImportAsync(batch, ct);
        await audit.RecordAsync(TaxesAuditEvents.Imported, $"API, klucz {key.Name}", result.Summary, ct);
        return Results.Json(TaxImportResponse.Of(result), Json);
    }

    private static IResult OpenApi() => Results.Text(TaxesOpenApi.Document, "application/json");

    // A body of its own keeps the status code pages (Polish HTML) out of a machine answer.
    private static IResult Error(int status, string description) => Results.Json(new[] { new { code = status, description } }, statusCode: status);
}
