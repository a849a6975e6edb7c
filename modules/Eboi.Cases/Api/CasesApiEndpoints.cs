using System.Text.Json;
using Eboi.Cases.Import;
using Eboi.Cases.Inbox;
using Eboi.Core.Audit;
using Eboi.Core.Files;
using Eboi.Core.Modules;
using Eboi.Core.Security;
using Eboi.Core.Tenancy;
using Eboi.Core.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eboi.Cases.Api;

/// <summary>
/// The EZD integration API, authenticated by an API key of scope "cases" (401 without one, 403 for a key that is not
/// a live "cases" key of this gmina) and rate limited per key: POST /api/sprawy/import (cases and documents),
/// GET /api/sprawy/skrzynka (what citizens sent, not yet acknowledged), POST …/{id}/potwierdzenie (the EZD's register
/// number), GET …/{id}/zalaczniki/{n} (an attachment). GET /api/sprawy/openapi.json describes it all.
/// </summary>
internal static class CasesApiEndpoints
{
    /// <summary>Largest accepted import body: base64 PDFs of a day's documents.</summary>
    public const long MaxBodyBytes = 64 * 1024 * 1024;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("")
            .WithMetadata(new TenantScopeAttribute(TenantScope.Tenant), new ModuleMetadata(CasesModule.ModuleName, false))
            .RequireRateLimiting(ApiKeyRateLimits.PerKey);
        // Machine clients authenticate with an API key, not a cookie, so there is no antiforgery token to check.
        // GET answers the POST routes too (401/403 like POST, then 405 with a pointer to the document), so they are a tenant's only.
        api.MapMethods(CasesApiRoutes.Import, [HttpMethods.Get, HttpMethods.Post], ImportAsync).DisableAntiforgery();
        api.MapGet(CasesApiRoutes.Inbox, PullAsync);
        api.MapMethods(CasesApiRoutes.AcknowledgeTemplate, [HttpMethods.Get, HttpMethods.Post], AcknowledgeAsync).DisableAntiforgery();
        api.MapGet(CasesApiRoutes.AttachmentTemplate, AttachmentAsync);
        api.MapGet(CasesApiRoutes.OpenApi, () => Results.Text(CasesOpenApi.Document, "application/json"));
    }

    private static async Task<IResult> ImportAsync(HttpContext context, IApiKeyValidator keys, CaseImporter importer, AuditLog audit, CancellationToken ct)
    {
        var check = await KeyAsync(context, keys, ct);
        if (check.Error is { } refused) return refused;
        var key = check.Key!;
        if (PostOnly(context) is { } notPost) return notPost;
        // Base64 PDFs make bodies larger than the server's default limit; the reader raises it to this API's own.
        var body = await JsonRequestBody.ReadAsync<CaseImportBatch>(context.Request, MaxBodyBytes, Json, ct);
        if (body.Value is not { } batch) return Error(body.Status, body.Error!);
        if (batch.Count > CaseImporter.MaxRecords)
            return Error(StatusCodes.Status400BadRequest, $"Paczka może mieć najwyżej {CaseImporter.MaxRecords} rekordów; podziel ją.");
        var result = await importer.ImportAsync(batch, notify: true, ct);
        await audit.RecordAsync(CasesAuditEvents.Imported, $"API, klucz {key.Name}", result.Summary, ct);
        return Results.Json(CaseImportResponse.Of(result), Json);
    }

    private static async Task<IResult> PullAsync(HttpContext context, IApiKeyValidator keys, InboxPull pull, InboxItemView view, CancellationToken ct)
    {
        if (await KeyAsync(context, keys, ct) is { Error: { } refused }) return refused;
        var query = context.Request.Query;
        Guid? after = null;
        if (query.TryGetValue("after", out var a) && a.Count > 0)
        {
            if (!Guid.TryParse(a[0], out var parsed)) return Error(StatusCodes.Status400BadRequest, "Parametr after musi być identyfikatorem pozycji (uuid).");
            after = parsed;
        }
        var limit = InboxPull.DefaultLimit;
        if (query.TryGetValue("limit", out var l) && l.Count > 0 && (!int.TryParse(l[0], out limit) || limit is < 1 or > InboxPull.MaxLimit))
            return Error(StatusCodes.Status400BadRequest, $"Parametr limit musi być liczbą od 1 do {InboxPull.MaxLimit}.");
        var (items, more) = await pull.PendingAsync(after, limit, ct);
        var page = await view.PageAsync(items, more, ct);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(page, Json);
    }

    private static async Task<IResult> AcknowledgeAsync(string id, HttpContext context, IApiKeyValidator keys, InboxPull pull, AuditLog audit, CancellationToken ct)
    {
        if (await KeyAsync(context, keys, ct) is { Error: { } refused }) return refused;
        if (PostOnly(context) is { } notPost) return notPost;
        if (context.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
            return Error(StatusCodes.Status415UnsupportedMediaType, "Wyślij potwierdzenie jako application/json.");
        AckRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<AckRequest>(context.Request.Body, Json, ct);
        }
        catch (JsonException e)
        {
            return Error(StatusCodes.Status400BadRequest, $"Niepoprawny JSON: {e.Message}");
        }
        var number = request?.RegisterNumber?.Trim();
        if (string.IsNullOrEmpty(number)) return Error(StatusCodes.Status400BadRequest, "Brak numeru w rejestrze EZD (registerNumber).");
        if (number.Length > InboxPull.MaxRegisterNumber) return Error(StatusCodes.Status400BadRequest, $"Numer w rejestrze może mieć najwyżej {InboxPull.MaxRegisterNumber} znaków.");
        // The id is parsed here, not by a route constraint, so a malformed one is answered after the key check like any unknown one.
        if (!Guid.TryParse(id, out var itemId)) return Error(StatusCodes.Status404NotFound, "Nie ma takiej pozycji w skrzynce tej gminy.");
        var result = await pull.AcknowledgeAsync(itemId, number, ct);
        if (result.Item is not { } item) return Error(StatusCodes.Status404NotFound, "Nie ma takiej pozycji w skrzynce tej gminy.");
        if (result.Outcome == AckOutcome.Acknowledged)
            await audit.RecordAsync(CasesAuditEvents.InboxAcknowledged, $"pozycja {item.Id:D}", $"numer {number}", ct);
        return Results.Json(new AckResponse(item.Id, item.RegisterNumber!, item.AcknowledgedAt!.Value,
            result.Outcome == AckOutcome.Acknowledged ? "acknowledged" : "already-acknowledged"), Json);
    }

    private static async Task<IResult> AttachmentAsync(string id, int index, HttpContext context, IApiKeyValidator keys, InboxPull pull, CancellationToken ct)
    {
        if (await KeyAsync(context, keys, ct) is { Error: { } refused }) return refused;
        var item = Guid.TryParse(id, out var itemId) ? await pull.FindAsync(itemId, ct) : null;
        var attachments = item is null ? [] : InboxJson.Attachments(item.Attachments);
        if (index < 0 || index >= attachments.Count) return Error(StatusCodes.Status404NotFound, "Nie ma takiego załącznika.");
        return await FileStoreResults.ServeAsync(context, attachments[index].FileKey, new FileDelivery(attachments[index].FileName));
    }

    private static IResult? PostOnly(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method)) return null;
        context.Response.Headers.Allow = HttpMethods.Post;
        return Error(StatusCodes.Status405MethodNotAllowed, $"Tu wysyła się dane metodą POST jako application/json; opis: {CasesApiRoutes.OpenApi}.");
    }

    private sealed record KeyCheck(ApiKeyIdentity? Key, IResult? Error);

    private static async Task<KeyCheck> KeyAsync(HttpContext context, IApiKeyValidator keys, CancellationToken ct)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (ApiKeyRequest.Peek(context.Request) is not { } presented)
            return new(null, Error(StatusCodes.Status401Unauthorized, $"Brak klucza API: podaj go w nagłówku {ApiKeyRequest.HeaderName}."));
        if (await keys.ValidateAsync(presented, CasesApiRoutes.Scope, ct) is not { } key)
            return new(null, Error(StatusCodes.Status403Forbidden, "Ten klucz API nie jest ważnym kluczem tej gminy o zakresie „cases” (błędny, unieważniony, innej gminy albo innego zakresu)."));
        return new(key, null);
    }

    // A body of its own keeps the status code pages (Polish HTML) out of a machine answer.
    private static IResult Error(int status, string description) => Results.Json(new[] { new { code = status, description } }, statusCode: status);

    private sealed record AckRequest(string? RegisterNumber);
}

/// <summary>The answer to an acknowledgement: the item, the register number it keeps, when, and whether this call did it.</summary>
internal sealed record AckResponse(Guid Id, string RegisterNumber, DateTimeOffset AcknowledgedAt, string Outcome);
