using Eboi.Core.Data;

namespace Eboi.Taxes.Domain;

/// <summary>
/// An accounting operation on a card: a payment (from the tax system's import, or online through Payments) or a
/// write-off. <see cref="ExternalId"/> is unique per tenant, so a re-import or a repeated event records it once.
/// </summary>
internal sealed class TaxOperation : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid CardId { get; set; }
    public string ExternalId { get; set; } = "";
    public DateOnly Date { get; set; }
    public decimal Amount { get; set; }
    public string Title { get; set; } = "";

    /// <summary>Where it came from: <see cref="OperationSources"/>.</summary>
    public string Source { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>Values of <see cref="TaxOperation.Source"/>.</summary>
internal static class OperationSources
{
    public const string Import = "import";
    public const string Online = "online";
    public const string WriteOff = "odpis";
}

/// <summary>The part of an operation settled on one instalment: principal and interest (domain-pl.md §6.5).</summary>
internal sealed class OperationAllocation : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid OperationId { get; set; }
    public Guid InstalmentId { get; set; }
    public decimal ToArrears { get; set; }
    public decimal ToInterest { get; set; }
}
