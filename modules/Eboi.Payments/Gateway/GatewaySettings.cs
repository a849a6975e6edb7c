namespace Eboi.Payments.Gateway;

/// <summary>Everything needed to talk to a tenant's gateway, secrets included: built per use, never cached or logged.</summary>
internal sealed record GatewaySettings(
    int MerchantId,
    int PosId,
    MerchantKeys Keys,
    Uri BaseUrl,
    IReadOnlyList<FeeRule> Fees,
    TimeSpan Timeout,
    TimeSpan ExpireAfter);
