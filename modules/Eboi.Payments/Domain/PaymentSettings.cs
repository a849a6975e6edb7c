using Eboi.Core.Data;

namespace Eboi.Payments.Domain;

/// <summary>
/// A tenant's non-secret gateway settings (one row per tenant, written by the recipe's "payments"): its Przelewy24
/// merchant and shop ids, the gateway address when not the default, the fee table and the timeouts. The CRC and API
/// keys are secrets and never stored here (<see cref="Gateway.MerchantSecrets"/>).
/// </summary>
internal sealed class PaymentSettings : ITenantOwned
{
    public const int DefaultTimeoutMinutes = 15;
    public const int DefaultExpireAfterMinutes = 90;

    public Guid TenantId { get; set; }
    public int MerchantId { get; set; }
    public int PosId { get; set; }

    /// <summary>The gateway's base address ("https://secure.przelewy24.pl/"); null: the host's default.</summary>
    public string? GatewayUrl { get; set; }
    public List<FeeRule> Fees { get; set; } = [];

    /// <summary>Minutes after which a started payment with no notification is asked about by reconciliation.</summary>
    public int TimeoutMinutes { get; set; } = DefaultTimeoutMinutes;

    /// <summary>Minutes after which an unpaid payment expires (GOV.UK Pay: 90).</summary>
    public int ExpireAfterMinutes { get; set; } = DefaultExpireAfterMinutes;
    public DateTimeOffset UpdatedAt { get; set; }
}
