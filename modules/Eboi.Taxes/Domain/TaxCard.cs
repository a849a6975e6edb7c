using Eboi.Core.Data;

namespace Eboi.Taxes.Domain;

/// <summary>A kartoteka podatkowa: one kind of obligation, its number, year and the individual bank account (NRB) paid into.</summary>
internal sealed class TaxCard : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public string ExternalId { get; set; } = "";
    public string Number { get; set; } = "";
    public TaxCardKind Kind { get; set; }
    public string BankAccount { get; set; } = "";
    public int Year { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A taxpayer obliged by a card; several on one card are współzobowiązani (e.g. spouses).</summary>
internal sealed class CardObligor : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid CardId { get; set; }
    public Guid TaxpayerId { get; set; }
}

/// <summary>A przedmiot opodatkowania with the data the tax was computed from (plot, building, vehicle...).</summary>
internal sealed class TaxSubject : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid CardId { get; set; }
    public int Position { get; set; }
    public string Description { get; set; } = "";

    /// <summary>Area (m², ha) or other base; <see cref="Unit"/> says which.</summary>
    public decimal? Area { get; set; }
    public string? Unit { get; set; }
    public string? Class { get; set; }
    public decimal? Rate { get; set; }
    public decimal Amount { get; set; }
}
