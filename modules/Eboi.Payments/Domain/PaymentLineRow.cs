using Eboi.Core.Data;

namespace Eboi.Payments.Domain;

/// <summary>A stored <see cref="PaymentLine"/> of a payment, in the order the owner gave them.</summary>
internal sealed class PaymentLineRow : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid PaymentId { get; set; }
    public int Position { get; set; }
    public string ItemRef { get; set; } = "";
    public string Title { get; set; } = "";
    public decimal Amount { get; set; }
}
