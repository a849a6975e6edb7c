using Eboi.Cases.Import;

namespace Eboi.Cases.Api;

/// <summary>The API's answer to an import: counts, then every accepted and every rejected record (described in openapi.json).</summary>
internal sealed record CaseImportResponse(CaseImportCounts Counts, IReadOnlyList<ImportedRecord> Accepted, IReadOnlyList<RejectedRecord> Rejected)
{
    public static CaseImportResponse Of(CaseImportResult r) =>
        new(new(r.Accepted.Count, r.Added, r.Changed, r.Unchanged, r.Rejected.Count), r.Accepted, r.Rejected);
}

/// <summary>How many records were accepted (added, changed, unchanged) and rejected.</summary>
internal sealed record CaseImportCounts(int Accepted, int Added, int Changed, int Unchanged, int Rejected);
