namespace Eboi.Payments.Gateway;

/// <summary>
/// Host configuration of online payments (section Eboi:Payments): the default gateway address, merchant secrets given
/// by the operator instead of generated ones, and the fake gateway ("bramka testowa") switch.
/// </summary>
internal sealed class PaymentsOptions
{
    public const string Section = "Eboi:Payments";
    public const string SandboxUrl = "https://sandbox.przelewy24.pl/";

    /// <summary>The gateway for tenants whose settings name none; unset: the fake gateway when on, else P24's sandbox.</summary>
    public string? GatewayUrl { get; set; }

    /// <summary>Secrets by merchant id (Eboi:Payments:Merchants:12345:CrcKey / :ApiKey), e.g. from environment variables.</summary>
    public Dictionary<string, MerchantSecretOptions> Merchants { get; set; } = [];

    /// <summary>
    /// Addresses the gateway notifies from, as IPs or CIDR ranges (Przelewy24 publishes its own); a notification from
    /// anywhere else is refused before it is read. Empty: any address (the signature and verify call still guard).
    /// </summary>
    public List<string> NotificationSources { get; set; } = [];

    /// <summary>Notifications accepted per client address and minute; more get HTTP 429 (the gateway retries later).</summary>
    public int NotificationsPerMinute { get; set; } = 600;

    public FakeGatewayOptions FakeGateway { get; set; } = new();
}

/// <summary>A merchant's secrets from configuration.</summary>
internal sealed class MerchantSecretOptions
{
    public string? CrcKey { get; set; }
    public string? ApiKey { get; set; }
}

/// <summary>The in-process fake of Przelewy24 for the demo and the tests; off unless configured (never in production).</summary>
internal sealed class FakeGatewayOptions
{
    public bool Enabled { get; set; }
}
