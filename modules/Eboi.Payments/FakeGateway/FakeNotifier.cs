using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Eboi.Payments.Domain;
using Eboi.Payments.Gateway;

namespace Eboi.Payments.FakeGateway;

/// <summary>Kinds of notification the fake gateway can send (the test controls).</summary>
internal static class NotificationVariants
{
    public const string Normal = "normalne";
    public const string Forged = "falszywe";
    public const string WrongAmount = "zla-kwota";

    public static readonly IReadOnlyList<string> All = [Normal, Forged, WrongAmount];
}

/// <summary>POSTs a Przelewy24 notification to a transaction's urlStatus: correctly signed, or deliberately wrong.</summary>
internal sealed class FakeNotifier(HttpClient http, MerchantSecrets secrets)
{
    public const int MethodBlik = 181;

    /// <summary>
    /// The demo's gminy live at *.localhost (kozy.localhost), which may resolve to ::1 while the app listens on
    /// 127.0.0.1: the fake gateway, always on this machine, connects to IPv4 loopback for them.
    /// </summary>
    public static async ValueTask<Stream> ConnectLoopbackAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            if (host == "localhost" || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), ct);
            else
                await socket.ConnectAsync(context.DnsEndPoint, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Sends one notification; returns the HTTP status the shop answered (0 when it could not be reached).</summary>
    public async Task<int> SendAsync(FakeTransaction t, string variant, CancellationToken ct)
    {
        var crc = secrets.For(t.MerchantId).CrcKey;
        var amount = variant == NotificationVariants.WrongAmount ? t.Amount - 1 : t.Amount;
        var statement = $"p24-{t.OrderId % 1000:D3}-{t.OrderId / 1000 % 1000:D3}";
        var sign = Przelewy24Sign.Notification(t.MerchantId, t.PosId, t.SessionId, amount, amount, t.Currency, t.OrderId, MethodBlik, statement,
            variant == NotificationVariants.Forged ? crc + "-podrobiony" : crc);
        var body = new P24Notification(t.MerchantId, t.PosId, t.SessionId, amount, amount, t.Currency, t.OrderId, MethodBlik, statement, sign);
        try
        {
            using var response = await http.PostAsJsonAsync(t.UrlStatus, body, Przelewy24Client.Json, ct);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }
}
