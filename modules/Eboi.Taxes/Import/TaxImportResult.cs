namespace Eboi.Taxes.Import;

/// <summary>What an import did: every accepted record with its outcome, every rejected one with a Polish reason.</summary>
internal sealed record TaxImportResult(IReadOnlyList<ImportedRecord> Accepted, IReadOnlyList<RejectedRecord> Rejected)
{
    public int Added => Accepted.Count(a => a.Outcome == ImportOutcomes.Added);
    public int Changed => Accepted.Count(a => a.Outcome == ImportOutcomes.Changed);
    public int Unchanged => Accepted.Count(a => a.Outcome == ImportOutcomes.Unchanged);

    /// <summary>One line for the audit log and the CLI.</summary>
    public string Summary =>
        $"przyjęto {Accepted.Count} (nowe {Added}, zmienione {Changed}, bez zmian {Unchanged}), odrzucono {Rejected.Count}";
}

/// <summary>An accepted record: its type (<see cref="ImportRecordTypes"/>), external id and <see cref="ImportOutcomes"/> value.</summary>
internal sealed record ImportedRecord(string Type, string ExternalId, string Outcome);

/// <summary>A rejected record: its type, external id (when it had one), the field at fault and why.</summary>
internal sealed record RejectedRecord(string Type, string? ExternalId, string Field, string Reason);

/// <summary>Record type names in results (Polish, part of the API).</summary>
internal static class ImportRecordTypes
{
    public const string Taxpayer = "podatnik";
    public const string Card = "karta";
    public const string Decision = "decyzja";
    public const string Operation = "operacja";
}

/// <summary>Outcomes of an accepted record (part of the API).</summary>
internal static class ImportOutcomes
{
    public const string Added = "dodano";
    public const string Changed = "zmieniono";
    public const string Unchanged = "bez zmian";
}
