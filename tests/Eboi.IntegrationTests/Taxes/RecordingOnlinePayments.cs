using System.Collections.Concurrent;
using Eboi.Core.Web;
using Eboi.Payments;
using Microsoft.AspNetCore.Http;

namespace Eboi.IntegrationTests.Taxes;

/// <summary>The tests' stand-in for the Payments engine: records each order, answers a gateway URL, fails on demand, and reports items in flight as told.</summary>
public sealed class RecordingOnlinePayments : IOnlinePayments
{
    public ConcurrentQueue<PaymentOrder> Orders { get; } = new();
    /// <summary>Item references in flight, with the payer paying them.</summary>
    public ConcurrentDictionary<string, Guid> InFlight { get; } = new();
    public volatile bool Failing;

    public const string DownMessage = "Bramka płatności nie odpowiada. Spróbuj ponownie za kilka minut.";

    public static Uri GatewayUrl(string key) => new($"https://bramka.example.test/trnRequest/{key}");

    public Task<PaymentStart> StartAsync(PaymentOrder order, CancellationToken cancellationToken)
    {
        if (Failing) throw new PaymentUnavailableException(DownMessage);
        Orders.Enqueue(order);
        return Task.FromResult(new PaymentStart(Guid.NewGuid(), "P/2026/000001", GatewayUrl(order.IdempotencyKey)));
    }

    public Task<IReadOnlyList<PaymentInFlight>> InFlightAsync(string source, IReadOnlyCollection<string> itemRefs, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PaymentInFlight>>(source == "Taxes"
            ? itemRefs.Where(InFlight.ContainsKey).Select(r => new PaymentInFlight(r, PaymentIdOf(r), InFlight[r])).ToList()
            : []);

    /// <summary>The made-up payment id of an item in flight (stable, so a test can look for its return link).</summary>
    public static Guid PaymentIdOf(string itemRef) => new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(itemRef)));

    public Task<bool> OfferOnlineAsync(HttpResponse page, CancellationToken cancellationToken)
    {
        ContentSecurityPolicy.Allow(page, ContentSecurityPolicy.FormAction, ContentSecurityPolicy.OriginOf(GatewayUrl("")));
        return Task.FromResult(true);
    }
}
