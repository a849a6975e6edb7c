namespace Eboi.Core.Tenancy;

/// <summary>Office data of a tenant shown on its pages (contact, hours, accessibility declaration); stored as jsonb.</summary>
public sealed record TenantProfile
{
    public string HeadTitle { get; init; } = "";

    /// <summary>The gmina's slogan, shown by themes that have a place for it (Kozy: "Przyjazne Miejsce").</summary>
    public string? Slogan { get; init; }
    public string Voivodeship { get; init; } = "";
    public string County { get; init; } = "";
    public OfficeAddress Address { get; init; } = new();
    public OfficeContact Contact { get; init; } = new();
    public List<OfficeHours> OfficeHours { get; init; } = [];
    public string BankAccount { get; init; } = "";
    public DataProtectionOfficer? DataProtectionOfficer { get; init; }
    public AccessibilityStatement? Accessibility { get; init; }
}

public sealed record OfficeAddress
{
    public string Street { get; init; } = "";
    public string PostalCode { get; init; } = "";
    public string City { get; init; } = "";

    public override string ToString() => $"{Street}, {PostalCode} {City}";
}

public sealed record OfficeContact
{
    public string? Phone { get; init; }
    public string? Fax { get; init; }
    public string? Email { get; init; }
    public string? Epuap { get; init; }
    public string? Website { get; init; }
    public string? Bip { get; init; }
}

public sealed record OfficeHours(string Days, string From, string To);

public sealed record DataProtectionOfficer(string Name, string Email);

/// <summary>Data of the deklaracja dostępności (ustawa z 4 kwietnia 2019 r., art. 10).</summary>
public sealed record AccessibilityStatement
{
    public string Status { get; init; } = "częściowo zgodna";
    public DateOnly PublishedOn { get; init; }
    public DateOnly UpdatedOn { get; init; }
    public DateOnly PreparedOn { get; init; }
    public string Method { get; init; } = "samoocena";
    public string ContactPerson { get; init; } = "";
    public string Email { get; init; } = "";
    public string Phone { get; init; } = "";
    public List<string> Exclusions { get; init; } = [];
    public string Architecture { get; init; } = "";
}
