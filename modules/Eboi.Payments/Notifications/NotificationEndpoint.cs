using System.Text;
using Eboi.Core.Modules;
using Eboi.Core.Tenancy;
using Eboi.Payments.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Eboi.Payments.Notifications;

/// <summary>
/// POST {tenant}/platnosci/bramka/powiadomienie: the gateway's urlStatus. 200 "OK" when handled (accepted, duplicate,
/// late: the gateway must stop retrying), 400 when refused (forged, wrong amount, unknown, not verified), 403 from an
/// address that is not the gateway's (when they are configured), 429 past the per-address limit.
/// </summary>
internal static class NotificationEndpoint
{
    public const string RateLimit = "platnosci-powiadomienia";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(PaymentsPaths.Notification, HandleAsync)
            .WithMetadata(new TenantScopeAttribute(TenantScope.Tenant), new ModuleMetadata(PaymentsModule.ModuleName, false))
            .RequireRateLimiting(RateLimit)
            // The gateway POSTs JSON with its own signature; it has no antiforgery token and no cookie.
            .DisableAntiforgery();

    private static async Task<IResult> HandleAsync(HttpContext context, NotificationReceiver receiver, NotificationSources sources, ILogger<NotificationReceiver> log,
        CancellationToken ct)
    {
        if (!sources.Allows(context.Connection.RemoteIpAddress))
        {
            // Refused before reading: a flood from elsewhere costs no database write.
            log.LogWarning("Payment notification refused from {Address}, not a gateway address", context.Connection.RemoteIpAddress);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        var raw = await ReadAsync(context.Request, ct);
        if (raw is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        var result = await receiver.ReceiveAsync(raw, ct);
        return NotificationVerdict.IsRejected(result.Verdict)
            ? Results.BadRequest(new { error = result.Verdict, detail = result.Detail })
            : Results.Text("OK");
    }

    private static async Task<string?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var buffer = new char[NotificationReceiver.RawBodyMax + 1];
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), ct);
        return read > NotificationReceiver.RawBodyMax ? null : new string(buffer, 0, read);
    }
}
