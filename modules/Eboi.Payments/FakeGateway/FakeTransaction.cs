using System.Collections.Concurrent;

namespace Eboi.Payments.FakeGateway;

/// <summary>A transaction registered with the fake gateway; <see cref="Status"/> uses P24's by-session values.</summary>
internal sealed class FakeTransaction
{
    public required string Token { get; init; }
    public required long OrderId { get; init; }
    public required int MerchantId { get; init; }
    public required int PosId { get; init; }
    public required string SessionId { get; init; }
    public required long Amount { get; init; }
    public required string Currency { get; init; }
    public required string Description { get; init; }
    public required Uri UrlReturn { get; init; }
    public required Uri UrlStatus { get; init; }
    public int Status { get; set; }

    /// <summary>What the payer chose on the page: null until then, else zaplac / odrzuc / anuluj.</summary>
    public string? Decision { get; set; }
}

/// <summary>The fake gateway's memory (one process, tests and demo only): transactions by token and by session.</summary>
internal sealed class FakeGatewayLedger
{
    /// <summary>Above 100 000 zł the fake refuses to register (HTTP 400), as a gateway's per-transaction limit would: the way to see "odrzucona".</summary>
    public const long MaxAmountGrosze = 10_000_000;

    private readonly ConcurrentDictionary<string, FakeTransaction> _byToken = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(int Pos, string Session), FakeTransaction> _bySession = new();
    private long _lastOrderId = 300_000_000 + Random.Shared.Next(1_000_000);

    public long NextOrderId() => Interlocked.Increment(ref _lastOrderId);

    /// <summary>A second register of the same session replaces the first (P24 keeps the newest).</summary>
    public void Add(FakeTransaction t)
    {
        _byToken[t.Token] = t;
        _bySession[(t.PosId, t.SessionId)] = t;
    }

    public FakeTransaction? ByToken(string token) => _byToken.GetValueOrDefault(token);

    public FakeTransaction? BySession(int posId, string sessionId) => _bySession.GetValueOrDefault((posId, sessionId));
}
