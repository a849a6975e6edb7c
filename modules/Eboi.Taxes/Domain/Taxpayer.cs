using Eboi.Core.Data;

namespace Eboi.Taxes.Domain;

/// <summary>A podatnik from the gmina's tax system, keyed by its <see cref="ExternalId"/>; <see cref="UserId"/> once linked to a verified account.</summary>
internal sealed class Taxpayer : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public string ExternalId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Pesel { get; set; }
    public string? Nip { get; set; }
    public string? Address { get; set; }
    public Guid? UserId { get; set; }

    /// <summary>How the link was made: <see cref="TaxpayerLink"/> values; null while unlinked.</summary>
    public string? LinkedBy { get; set; }
    public DateTimeOffset? LinkedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Values of <see cref="Taxpayer.LinkedBy"/>.</summary>
internal static class TaxpayerLink
{
    public const string Pesel = "pesel";
    public const string Nip = "nip";
    public const string Staff = "staff";
}
