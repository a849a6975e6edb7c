using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Eboi.Payments.Domain;

namespace Eboi.Payments.Gateway;

/// <summary>
/// Przelewy24 REST v1 (standards.md §6): register, verify and find by session, with HTTP Basic posId:apiKey and the
/// SHA-384 signs of <see cref="Przelewy24Sign"/>. The base address is per tenant, so every call takes the settings.
/// </summary>
internal sealed class Przelewy24Client(HttpClient http)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public const string RegisterPath = "api/v1/transaction/register";
    public const string VerifyPath = "api/v1/transaction/verify";
    public const string BySessionPath = "api/v1/transaction/by/sessionId/";
    public const string PayPath = "trnRequest/";

    /// <summary>Registers the transaction; returns the payer's redirect URL ({base}trnRequest/{token}) and the token.</summary>
    public async Task<(string Token, Uri Redirect)> RegisterAsync(GatewaySettings s, string sessionId, long amount, string currency,
        string description, string email, Uri urlReturn, Uri urlStatus, CancellationToken ct)
    {
        var body = new P24RegisterRequest(s.MerchantId, s.PosId, sessionId, amount, currency, description, email, "PL", "pl",
            urlReturn.ToString(), urlStatus.ToString(), (int)Math.Ceiling(s.ExpireAfter.TotalMinutes),
            Przelewy24Sign.Register(sessionId, s.MerchantId, amount, currency, s.Keys.CrcKey));
        using var request = Request(HttpMethod.Post, s, RegisterPath, body);
        using var response = await http.SendAsync(request, ct);
        var parsed = await ReadAsync<P24RegisterResponse>(response, ct);
        var token = parsed.Data?.Token;
        if (string.IsNullOrEmpty(token)) throw new GatewayException("register returned no token");
        return (token, new Uri(s.BaseUrl, PayPath + Uri.EscapeDataString(token)));
    }

    /// <summary>Confirms a notified payment; true when the gateway accepted the verification.</summary>
    public async Task<bool> VerifyAsync(GatewaySettings s, string sessionId, long amount, string currency, long orderId, CancellationToken ct)
    {
        var body = new P24VerifyRequest(s.MerchantId, s.PosId, sessionId, amount, currency, orderId,
            Przelewy24Sign.Verify(sessionId, orderId, amount, currency, s.Keys.CrcKey));
        using var request = Request(HttpMethod.Put, s, VerifyPath, body);
        using var response = await http.SendAsync(request, ct);
        if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.Conflict) return false;
        var parsed = await ReadAsync<P24VerifyResponse>(response, ct);
        return parsed.Data?.Status == "success";
    }

    /// <summary>The transaction registered under <paramref name="sessionId"/>; null when the gateway knows none.</summary>
    public async Task<P24Transaction?> FindAsync(GatewaySettings s, string sessionId, CancellationToken ct)
    {
        using var request = Request(HttpMethod.Get, s, BySessionPath + Uri.EscapeDataString(sessionId), null);
        using var response = await http.SendAsync(request, ct);
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        return (await ReadAsync<P24TransactionResponse>(response, ct)).Data;
    }

    private static HttpRequestMessage Request(HttpMethod method, GatewaySettings s, string path, object? body)
    {
        var request = new HttpRequestMessage(method, new Uri(s.BaseUrl, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", BasicCredentials(s.PosId, s.Keys.ApiKey));
        if (body is not null) request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        return request;
    }

    public static string BasicCredentials(int posId, string apiKey) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(posId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + apiKey));

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
            throw new GatewayException($"HTTP {(int)response.StatusCode}: {Truncate(await response.Content.ReadAsStringAsync(ct))}", response.StatusCode);
        return await response.Content.ReadFromJsonAsync<T>(Json, ct) ?? throw new GatewayException("empty response");
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300];
}

/// <summary>The gateway refused or failed (the message is for the log, not the citizen).</summary>
internal sealed class GatewayException(string message, HttpStatusCode? status = null) : Exception(message)
{
    /// <summary>HTTP 400: the gateway refused this transaction's data (e.g. an amount over its limit); asking again changes nothing.</summary>
    public bool Refused => status == HttpStatusCode.BadRequest;

    /// <summary>The gateway refused, failed or could not be reached, as opposed to the caller giving up.</summary>
    public static bool IsGatewayFailure(Exception e, CancellationToken ct) =>
        e is GatewayException or HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested);
}
