using Eboi.Core.Data;

namespace Eboi.Payments.Domain;

/// <summary>
/// The journal of gateway notifications: every one received, accepted or not, with its raw body and the verdict,
/// so a forged or wrong-amount notification is on record and "I paid and it shows unpaid" can be traced.
/// </summary>
internal sealed class PaymentNotification : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }

    /// <summary>The payment it named, when one was found.</summary>
    public Guid? PaymentId { get; set; }
    public string SessionId { get; set; } = "";
    public string RawBody { get; set; } = "";
    public string Verdict { get; set; } = "";
    public string? Detail { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}
