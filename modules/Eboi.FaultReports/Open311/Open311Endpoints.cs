using Eboi.Core.Modules;
using Eboi.Core.Security;
using Eboi.Core.Tenancy;
using Eboi.Core.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eboi.FaultReports.Open311;

/// <summary>
/// GeoReport v2 under /{gmina}/open311/v2: discovery, services, service definition, requests (GET list, GET one,
/// POST with an api_key of scope open311), tokens and mySociety's servicerequestupdates; each in .xml and .json.
/// </summary>
internal static class Open311Endpoints
{
    private const string Format = "{format:" + Open311Formats.RouteConstraint + "}";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Open311Routes.Base)
            .WithMetadata(new TenantScopeAttribute(TenantScope.Tenant), new ModuleMetadata(FaultReportsModule.ModuleName, false))
            .RequireRateLimiting(ApiKeyRateLimits.PerKey);
        api.MapGet($"/discovery.{Format}", Discovery);
        api.MapGet($"/services.{Format}", ServicesAsync);
        api.MapGet("/services/{code}." + Format, DefinitionAsync);
        api.MapGet($"/requests.{Format}", RequestsAsync);
        // Machine clients authenticate with an API key, not a cookie, so there is no antiforgery token to check.
        api.MapPost($"/requests.{Format}", CreateAsync).DisableAntiforgery();
        api.MapGet("/requests/{id}." + Format, RequestAsync);
        api.MapGet("/tokens/{token}." + Format, TokenAsync);
        api.MapGet($"/servicerequestupdates.{Format}", UpdatesAsync);
    }

    private static IResult Discovery(HttpContext context, string format)
    {
        var tenant = context.GetTenant()!;
        var contact = string.Join(", ", new[] { tenant.OfficeName, tenant.Profile.Contact.Email, tenant.Profile.Contact.Phone }.Where(v => !string.IsNullOrWhiteSpace(v)));
        var keyService = $"Klucz API wydaje {tenant.OfficeName} (panel urzędu: Klucze API); napisz na {tenant.Profile.Contact.Email}.";
        var url = context.OfRequestTenant().TrimEnd('/') + Open311Routes.Base;
        return Open311Results.Document(Open311Documents.Discovery(url, contact, keyService), format);
    }

    private static async Task<IResult> ServicesAsync(HttpContext context, string format, IOpen311Backend backend, CancellationToken ct) =>
        WrongJurisdiction(context, format) ?? Open311Results.Document(Open311Documents.Services(await backend.ServicesAsync(ct)), format);

    private static async Task<IResult> DefinitionAsync(HttpContext context, string code, string format, IOpen311Backend backend, CancellationToken ct)
    {
        if (WrongJurisdiction(context, format) is { } wrong) return wrong;
        var service = (await backend.ServicesAsync(ct)).FirstOrDefault(s => s.Code == code);
        return service is null ? Open311Results.NotFound(format, $"Nie ma usługi o kodzie {code}.") : Open311Results.Document(Open311Documents.Definition(service), format);
    }

    private static async Task<IResult> RequestsAsync(HttpContext context, string format, IOpen311Backend backend, TimeProvider clock, CancellationToken ct)
    {
        if (WrongJurisdiction(context, format) is { } wrong) return wrong;
        var (query, errors) = RequestQueryParser.Parse(context.Request.Query, clock.GetUtcNow());
        if (query is null) return Open311Results.Errors(format, StatusCodes.Status400BadRequest, errors);
        return Open311Results.Document(Open311Documents.Requests(await backend.RequestsAsync(query, ct)), format);
    }

    private static async Task<IResult> RequestAsync(HttpContext context, string id, string format, IOpen311Backend backend, CancellationToken ct)
    {
        if (WrongJurisdiction(context, format) is { } wrong) return wrong;
        return await backend.RequestAsync(id, ct) is { } request
            ? Open311Results.Document(Open311Documents.Requests([request]), format)
            : Open311Results.NotFound(format, $"Nie ma publicznego zgłoszenia {id}.");
    }

    // Requests are created at once (type "realtime"), so a request's token is its id: a client that polls a token gets it back.
    private static async Task<IResult> TokenAsync(HttpContext context, string token, string format, IOpen311Backend backend, CancellationToken ct)
    {
        if (WrongJurisdiction(context, format) is { } wrong) return wrong;
        return await backend.RequestAsync(token, ct) is { } request
            ? Open311Results.Document(Open311Documents.Token(token, request.Id), format)
            : Open311Results.NotFound(format, $"Nie ma zgłoszenia o tokenie {token}.");
    }

    private static async Task<IResult> UpdatesAsync(HttpContext context, string format, IOpen311Backend backend, TimeProvider clock, CancellationToken ct)
    {
        if (WrongJurisdiction(context, format) is { } wrong) return wrong;
        var (query, errors) = RequestQueryParser.Parse(context.Request.Query, clock.GetUtcNow());
        if (query is null) return Open311Results.Errors(format, StatusCodes.Status400BadRequest, errors);
        return Open311Results.Document(Open311Documents.Updates(await backend.UpdatesAsync(query.Start, query.End, ct)), format);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, string format, IOpen311Backend backend, IApiKeyValidator keys, CancellationToken ct)
    {
        if (!context.Request.HasFormContentType)
            return Open311Results.Error(format, StatusCodes.Status400BadRequest, "Wyślij pola jako application/x-www-form-urlencoded.");
        var form = await context.Request.ReadFormAsync(ct);
        if (!Jurisdiction.Matches(context.GetTenant()!, Open311Parameters.Optional(form, "jurisdiction_id")))
            return Open311Results.NotFound(format, "jurisdiction_id nie wskazuje tej gminy.");
        if (await ApiKeyRequest.ReadAsync(context.Request, ct) is not { } presented
            || await keys.ValidateAsync(presented, ApiKeyScopes.Open311, ct) is not { } key)
            return Open311Results.Error(format, StatusCodes.Status403Forbidden, "Brak ważnego api_key tej gminy dla Open311: nie można przyjąć zgłoszenia.");
        var (request, errors) = NewRequestParser.Parse(form);
        if (request is null) return Open311Results.Errors(format, StatusCodes.Status400BadRequest, errors);

        var outcome = await backend.CreateAsync(request, key, ct);
        return outcome.RequestId is { } id
            ? Open311Results.Document(Open311Documents.Created(id, outcome.ServiceNotice), format)
            : Open311Results.Errors(format, outcome.Status, outcome.Errors);
    }

    private static IResult? WrongJurisdiction(HttpContext context, string format) =>
        Jurisdiction.Matches(context.GetTenant()!, Open311Parameters.Optional(context.Request.Query, "jurisdiction_id"))
            ? null
            : Open311Results.NotFound(format, "jurisdiction_id nie wskazuje tej gminy.");
}
