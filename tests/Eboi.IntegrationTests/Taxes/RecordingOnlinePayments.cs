using System.Collections.Concurrent;
using Eboi.Core.Web;
using Eboi.Payments;
using Microsoft.AspNetCore.Http;

namespace Eboi.IntegrationTests.Taxes;

/// <summary>The tests' stand-in for the Payments engine: records each order, answers a gateway URL, fails on demand, and reports items in flight as told.</summary>
public sealed class RecordingOnlinePayments : IOnlinePayments
{
    public ConcurrentQueue<PaymentOrder> Orders { get; } = new();
    public ConcurrentDictionary<Guid, HashSet<string>> InFlight { get; } = new();
    public volatile bool Failing;

    public static Uri GatewayUrl(string key) => new($"https://bramka.example.test/trnRequest/{key}");

    public Task<PaymentStart> StartAsync(PaymentOrder order, CancellationToken cancellationToken)
    {
        if (Failing) throw new HttpRequestException("bramka nie odpowiada");
        Orders.Enqueue(order);
        return Task.FromResult(new PaymentStart(Guid.NewGuid(), "P/2026/000001", GatewayUrl(order.IdempotencyKey)));
    }

    public Task<IReadOnlySet<string>> ItemsInFlightAsync(string source, Guid payerUserId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(source == "Taxes" && InFlight.TryGetValue(payerUserId, out var items) ? items : new HashSet<string>());

    public Task AllowGatewayRedirectAsync(HttpResponse page, CancellationToken cancellationToken)
    {
        ContentSecurityPolicy.Allow(page, ContentSecurityPolicy.FormAction, ContentSecurityPolicy.OriginOf(GatewayUrl("")));
        return Task.CompletedTask;
    }
}
