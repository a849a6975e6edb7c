using Eboi.Core.Data;

namespace Eboi.Payments.Domain;

/// <summary>The last payment number of a tenant's year (one UPDATE … RETURNING per payment, so no two share one).</summary>
internal sealed class PaymentCounter : ITenantOwned
{
    public Guid TenantId { get; set; }
    public int Year { get; set; }
    public int Last { get; set; }
}
