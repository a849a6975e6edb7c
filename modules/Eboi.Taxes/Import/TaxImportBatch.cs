namespace Eboi.Taxes.Import;

/// <summary>
/// One import from the gmina's tax system (JSON API, CSV upload and the recipes' demo data all build this): taxpayers,
/// cards with their obligors and subjects, decisions with instalments, and operations. Records point at each other by
/// the tax system's external ids; every property is nullable so a missing value is a rejection with a reason, not a 400.
/// </summary>
internal sealed record TaxImportBatch(
    List<ImportTaxpayer>? Taxpayers = null,
    List<ImportCard>? Cards = null,
    List<ImportDecision>? Decisions = null,
    List<ImportOperation>? Operations = null)
{
    public int Count => (Taxpayers?.Count ?? 0) + (Cards?.Count ?? 0) + (Decisions?.Count ?? 0) + (Operations?.Count ?? 0);
}

/// <summary>A podatnik: a person (PESEL) or a company (NIP); either may be missing (then only staff can link it).</summary>
internal sealed record ImportTaxpayer(string? ExternalId, string? Name, string? Pesel = null, string? Nip = null, string? Address = null);

/// <summary>A kartoteka: kind code (<see cref="Domain.TaxCardKinds.Code"/>), individual account (NRB), obligors by taxpayer external id, subjects (replaced on re-import).</summary>
internal sealed record ImportCard(
    string? ExternalId, string? Number, string? Kind, int? Year, string? BankAccount, List<string>? Obligors, List<ImportSubject>? Subjects = null);

/// <summary>A przedmiot opodatkowania: what the tax was computed from.</summary>
internal sealed record ImportSubject(string? Description, decimal? Area = null, string? Unit = null, string? Class = null, decimal? Rate = null, decimal? Amount = null);

/// <summary>A decision (nakaz płatniczy) on a card, with its instalments; <see cref="Year"/> defaults to the card's year.</summary>
internal sealed record ImportDecision(string? ExternalId, string? Card, string? Number, DateOnly? IssuedOn, List<ImportInstalment>? Instalments, int? Year = null);

/// <summary>A rata: number, statutory due date (shifted past weekends and holidays on import) and amount.</summary>
internal sealed record ImportInstalment(int? Number, DateOnly? DueDate, decimal? Amount, string? Title = null);

/// <summary>A booked payment (or other operation) on a card; allocated to its instalments on import, oldest first.</summary>
internal sealed record ImportOperation(string? ExternalId, string? Card, DateOnly? Date, decimal? Amount, string? Title = null);
