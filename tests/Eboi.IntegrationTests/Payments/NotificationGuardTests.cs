using System.Net;
using System.Net.Sockets;
using System.Text;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Payments;

namespace Eboi.IntegrationTests.Payments;

/// <summary>
/// The notification endpoint's guards before any processing: only the gateway's configured addresses, and a per-address
/// limit, so a flood from elsewhere writes nothing. The app allows 127.0.0.1 only and 3 notifications a minute; a
/// client bound to 127.0.0.2 (also loopback on Linux) plays the stranger.
/// </summary>
public sealed class NotificationGuardTests
{
    private const string Gmina = "kozy";

    [Fact]
    public async Task A_notification_from_another_address_is_refused_unread_and_the_gateways_own_are_limited_per_minute()
    {
        var db = await TestDatabase.CreateAsync(DatabaseSeed.Gminy);
        await using var app = new EboiAppFactory(db, host: b => b
            .UseSetting("Eboi:Payments:NotificationSources:0", "127.0.0.1")
            .UseSetting("Eboi:Payments:NotificationsPerMinute", "3"));
        var url = app.UseRealServer();
        var endpoint = new Uri(url, $"{Gmina}{PaymentsPaths.Notification}");

        using var stranger = ClientFrom(IPAddress.Parse("127.0.0.2"));
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PostAsync(endpoint, Body())).StatusCode);

        using var gateway = ClientFrom(IPAddress.Loopback);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) statuses.Add((await gateway.PostAsync(endpoint, Body())).StatusCode);
        // Signed wrongly, so refused (400) while within the limit; the fourth is not even read.
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(3, await JournalRowsAsync(app));
    }

    private static StringContent Body() => new(
        """{"merchantId":1,"posId":1,"sessionId":"00000000000000000000000000000000","amount":100,"originAmount":100,"currency":"PLN","orderId":1,"methodId":1,"statement":"x","sign":"00"}""",
        Encoding.UTF8, "application/json");

    private static HttpClient ClientFrom(IPAddress source) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, ct) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(source, 0));
            await socket.ConnectAsync(IPAddress.Loopback, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        },
    });

    private static async Task<long> JournalRowsAsync(EboiAppFactory app)
    {
        await using var conn = new Npgsql.NpgsqlConnection(app.Database.OwnerConnectionString);
        await conn.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand(
            $"SELECT set_config('app.tenant_id', (SELECT id::text FROM tenants WHERE slug = '{Gmina}'), false); SELECT count(*) FROM payment_notifications", conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.NextResultAsync();
        await reader.ReadAsync();
        return reader.GetInt64(0);
    }
}
