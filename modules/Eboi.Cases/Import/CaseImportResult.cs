namespace Eboi.Cases.Import;

/// <summary>The outcome of a batch: every accepted record (added, changed or unchanged) and every rejected one with its reason.</summary>
internal sealed record CaseImportResult(IReadOnlyList<ImportedRecord> Accepted, IReadOnlyList<RejectedRecord> Rejected)
{
    public int Added => Accepted.Count(a => a.Outcome == ImportOutcomes.Added);
    public int Changed => Accepted.Count(a => a.Outcome == ImportOutcomes.Changed);
    public int Unchanged => Accepted.Count(a => a.Outcome == ImportOutcomes.Unchanged);

    public string Summary => $"przyjęto {Accepted.Count} (nowe {Added}, zmienione {Changed}, bez zmian {Unchanged}), odrzucono {Rejected.Count}";
}

/// <summary>An accepted record: its type (<see cref="ImportRecordTypes"/>), external id and outcome (<see cref="ImportOutcomes"/>).</summary>
internal sealed record ImportedRecord(string Type, string ExternalId, string Outcome);

/// <summary>A rejected record: its type, external id (null when missing), the JSON path of the field at fault and a Polish reason.</summary>
internal sealed record RejectedRecord(string Type, string? ExternalId, string Field, string Reason);

internal static class ImportRecordTypes
{
    public const string Case = "case";
    public const string Document = "document";
}

internal static class ImportOutcomes
{
    public const string Added = "added";
    public const string Changed = "changed";
    public const string Unchanged = "unchanged";
}
