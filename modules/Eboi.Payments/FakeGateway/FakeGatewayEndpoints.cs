using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Eboi.Core.Tenancy;
using Eboi.Core.Web;
using Eboi.Payments.Domain;
using Eboi.Payments.Gateway;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Eboi.Payments.FakeGateway;

/// <summary>
/// "Bramka testowa": Przelewy24's REST protocol served by this process at host level (register, the payer's page,
/// verify, find by session) for the demo and the tests, plus a control that sends a notification on demand
/// (duplicate, late, reordered, forged, wrong amount). Mapped only when Eboi:Payments:FakeGateway:Enabled is true.
/// </summary>
internal static class FakeGatewayEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var fake = endpoints.MapGroup("").WithMetadata(new TenantScopeAttribute(TenantScope.Host)).DisableAntiforgery();
        fake.MapPost(FakeGatewayRoutes.Register, RegisterAsync);
        fake.MapPut(FakeGatewayRoutes.Verify, VerifyAsync);
        fake.MapGet(FakeGatewayRoutes.BySession, BySession);
        fake.MapGet(FakeGatewayRoutes.Pay, PayPage);
        fake.MapPost(FakeGatewayRoutes.Pay, DecideAsync);
        fake.MapPost(FakeGatewayRoutes.Notify, NotifyAsync);
    }

    private static async Task<IResult> RegisterAsync(HttpRequest request, FakeGatewayLedger ledger, MerchantSecrets secrets, CancellationToken ct)
    {
        var body = await ReadAsync<P24RegisterRequest>(request, ct);
        if (body is null) return Error(400, "Invalid input data");
        // An unknown merchant id must not make the fake write a secrets file for it (anyone can call this endpoint).
        if (!secrets.Knows(body.MerchantId) || !Authorized(request, body.PosId, secrets.For(body.MerchantId))) return Error(401, "Incorrect authentication");
        var expected = Przelewy24Sign.Register(body.SessionId, body.MerchantId, body.Amount, body.Currency, secrets.For(body.MerchantId).CrcKey);
        if (!Przelewy24Sign.Matches(expected, body.Sign)) return Error(400, "Incorrect CRC value");
        if (body.Amount <= 0 || !Uri.TryCreate(body.UrlReturn, UriKind.Absolute, out var urlReturn) || !Uri.TryCreate(body.UrlStatus, UriKind.Absolute, out var urlStatus))
            return Error(400, "Invalid input data");
        if (body.Amount > FakeGatewayLedger.MaxAmountGrosze) return Error(400, "Invalid amount");
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        ledger.Add(new FakeTransaction
        {
            Token = token, OrderId = ledger.NextOrderId(), MerchantId = body.MerchantId, PosId = body.PosId, SessionId = body.SessionId,
            Amount = body.Amount, Currency = body.Currency, Description = body.Description, UrlReturn = urlReturn, UrlStatus = urlStatus,
        });
        return Results.Json(new P24RegisterResponse(new P24Token(token), 0), Przelewy24Client.Json);
    }

    private static async Task<IResult> VerifyAsync(HttpRequest request, FakeGatewayLedger ledger, MerchantSecrets secrets, CancellationToken ct)
    {
        var body = await ReadAsync<P24VerifyRequest>(request, ct);
        if (body is null) return Error(400, "Invalid input data");
        if (!secrets.Knows(body.MerchantId)) return Error(401, "Incorrect authentication");
        var keys = secrets.For(body.MerchantId);
        if (!Authorized(request, body.PosId, keys)) return Error(401, "Incorrect authentication");
        if (!Przelewy24Sign.Matches(Przelewy24Sign.Verify(body.SessionId, body.OrderId, body.Amount, body.Currency, keys.CrcKey), body.Sign))
            return Error(400, "Incorrect CRC value");
        var t = ledger.BySession(body.PosId, body.SessionId);
        if (t is null || t.OrderId != body.OrderId || t.Amount != body.Amount || t.Currency != body.Currency || t.Status == P24Transaction.NoPayment)
            return Error(400, "Transaction not found");
        t.Status = P24Transaction.Verified;
        return Results.Json(new P24VerifyResponse(new P24Status("success"), 0), Przelewy24Client.Json);
    }

    private static IResult BySession(HttpRequest request, string sessionId, FakeGatewayLedger ledger, MerchantSecrets secrets)
    {
        // The merchant is whoever the basic auth names: P24 answers only about the caller's own transactions.
        if (!TryReadBasic(request, out var posId, out var apiKey)) return Error(401, "Incorrect authentication");
        var t = ledger.BySession(posId, sessionId);
        if (t is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secrets.For(t.MerchantId).ApiKey), Encoding.UTF8.GetBytes(apiKey)))
            return Error(404, "Transaction not found");
        var statement = t.Status == P24Transaction.NoPayment ? "" : $"p24-{t.OrderId % 1000:D3}-{t.OrderId / 1000 % 1000:D3}";
        return Results.Json(new P24TransactionResponse(new P24Transaction(t.OrderId, t.SessionId, t.Status, t.Amount, t.Currency,
            t.Status == P24Transaction.NoPayment ? 0 : FakeNotifier.MethodBlik, statement), 0), Przelewy24Client.Json);
    }

    private static IResult PayPage(string token, HttpContext http, FakeGatewayLedger ledger)
    {
        if (ledger.ByToken(token) is not { } t) return Results.NotFound();
        // The payer's form redirects back to the shop (urlReturn), another origin when the gmina has its own host name:
        // a real gateway's page allows that, and the host's "form-action 'self'" would make chromium abort it.
        ContentSecurityPolicy.Allow(http.Response, ContentSecurityPolicy.FormAction, ContentSecurityPolicy.OriginOf(t.UrlReturn));
        return Results.Content(FakeGatewayPage.Render(t), "text/html; charset=utf-8");
    }

    /// <summary>The payer's choice: pay (notify as the form says), reject or cancel (no notification, as P24); then back to urlReturn.</summary>
    private static async Task<IResult> DecideAsync(string token, HttpRequest request, FakeGatewayLedger ledger, FakeNotifier notifier, CancellationToken ct)
    {
        if (ledger.ByToken(token) is not { } t) return Results.NotFound();
        var form = await request.ReadFormAsync(ct);
        var decision = form[FakeGatewayPage.DecisionField].ToString();
        if (t.Decision is not null || decision is not (FakeGatewayPage.Pay or FakeGatewayPage.Reject or FakeGatewayPage.Cancel))
            return Results.Redirect(t.UrlReturn.ToString(), permanent: false);
        t.Decision = decision;
        if (decision == FakeGatewayPage.Pay)
        {
            t.Status = P24Transaction.PaidAwaitingVerify;
            var mode = form[FakeGatewayPage.NotificationField].ToString();
            switch (mode)
            {
                case FakeGatewayPage.NotifyNone:
                    break;
                case FakeGatewayPage.NotifyTwice:
                    await notifier.SendAsync(t, NotificationVariants.Normal, ct);
                    await notifier.SendAsync(t, NotificationVariants.Normal, ct);
                    break;
                default:
                    await notifier.SendAsync(t, NotificationVariants.All.Contains(mode) ? mode : NotificationVariants.Normal, ct);
                    break;
            }
        }
        return Results.Redirect(t.UrlReturn.ToString(), permanent: false);
    }

    /// <summary>Test control: sends one notification of the transaction now; answers the shop's HTTP status.</summary>
    private static async Task<IResult> NotifyAsync(string token, string? wariant, FakeGatewayLedger ledger, FakeNotifier notifier, CancellationToken ct)
    {
        if (ledger.ByToken(token) is not { } t) return Results.NotFound();
        var variant = wariant ?? NotificationVariants.Normal;
        if (!NotificationVariants.All.Contains(variant)) return Results.BadRequest(new { error = $"wariant: {string.Join(", ", NotificationVariants.All)}" });
        if (t.Status == P24Transaction.NoPayment) t.Status = P24Transaction.PaidAwaitingVerify;
        return Results.Json(new { status = await notifier.SendAsync(t, variant, ct) });
    }

    private static bool Authorized(HttpRequest request, int posId, MerchantKeys keys) =>
        TryReadBasic(request, out var user, out var password) && user == posId
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(password), Encoding.UTF8.GetBytes(keys.ApiKey));

    private static bool TryReadBasic(HttpRequest request, out int posId, out string password)
    {
        (posId, password) = (0, "");
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header) || header.Scheme != "Basic" || header.Parameter is null) return false;
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (FormatException)
        {
            return false;
        }
        var colon = decoded.IndexOf(':');
        if (colon <= 0 || !int.TryParse(decoded[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out posId)) return false;
        password = decoded[(colon + 1)..];
        return true;
    }

    private static async Task<T?> ReadAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, Przelewy24Client.Json, ct);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult Error(int status, string error) => Results.Json(new P24Error(error, status), Przelewy24Client.Json, statusCode: status);
}
