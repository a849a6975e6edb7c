using Eboi.Core.Data;

namespace Eboi.Payments.Domain;

/// <summary>
/// One online payment of a citizen: what is paid (<see cref="PaymentLineRow"/>s), the commission on top, its
/// <see cref="PaymentState"/> and the gateway's ids. Amounts in złoty with two decimals (numeric in the database).
/// </summary>
internal sealed class Payment : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }

    /// <summary>"P/2026/000123": per tenant and year, also the gateway's sessionId.</summary>
    public string Reference { get; set; } = "";

    /// <summary>The module that asked (e.g. "Taxes"), carried back in <see cref="PaymentSucceeded"/>.</summary>
    public string Source { get; set; } = "";
    public Guid PayerUserId { get; set; }
    public string PayerEmail { get; set; } = "";
    public string Description { get; set; } = "";
    public decimal Amount { get; set; }
    public decimal Commission { get; set; }
    public decimal Total { get; set; }
    public string Currency { get; set; } = "PLN";
    public string State { get; set; } = PaymentState.Created;
    public string IdempotencyKey { get; set; } = "";
    public string ReturnPath { get; set; } = "";

    /// <summary>The token register returned (the citizen is sent to /trnRequest/{token}).</summary>
    public string? GatewayToken { get; set; }

    /// <summary>The gateway's orderId from the verified notification.</summary>
    public long? GatewayOrderId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Total in grosze, the unit Przelewy24 speaks.</summary>
    public long TotalGrosze => (long)decimal.Round(Total * 100m, 0, MidpointRounding.AwayFromZero);

    /// <summary>Moves to <paramref name="to"/> when the transition table allows it; false (and no change) otherwise.</summary>
    public bool TryMove(string to, DateTimeOffset now)
    {
        if (!PaymentState.CanMove(State, to)) return false;
        State = to;
        if (to == PaymentState.Started) StartedAt = now;
        if (PaymentState.IsTerminal(to)) FinishedAt = now;
        return true;
    }
}
