namespace Eboi.Cases.Import;

/// <summary>What the EZD sends to POST /api/sprawy/import (described in Api/openapi.json): cases, then documents.</summary>
internal sealed class CaseImportBatch
{
    public List<ImportCase>? Cases { get; set; }
    public List<ImportDocument>? Documents { get; set; }

    public int Count => (Cases?.Count ?? 0) + (Documents?.Count ?? 0);
}

/// <summary>A case with its whole timeline and parties (replaced on each upsert) and its officer.</summary>
internal sealed class ImportCase
{
    public string? ExternalId { get; set; }
    public string? Sign { get; set; }
    public string? Title { get; set; }
    public string? JrwaName { get; set; }
    public string? Status { get; set; }
    public DateOnly? StartedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public ImportOfficer? Officer { get; set; }
    public List<ImportParty>? Parties { get; set; }
    public List<ImportStage>? Stages { get; set; }
}

internal sealed class ImportOfficer
{
    public string? Name { get; set; }
    public string? Department { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
}

internal sealed class ImportParty
{
    public string? Name { get; set; }
    public string? Pesel { get; set; }
    public string? Nip { get; set; }
}

internal sealed class ImportStage
{
    public string? Name { get; set; }
    public DateOnly? Date { get; set; }
    public string? Note { get; set; }
}

/// <summary>A document of a case (by the case's external id) with its PDF files in base64 (replaced when they differ).</summary>
internal sealed class ImportDocument
{
    public string? ExternalId { get; set; }
    public string? Case { get; set; }
    public string? Direction { get; set; }
    public string? RegisterNumber { get; set; }
    public string? Title { get; set; }
    public DateOnly? DocumentDate { get; set; }
    public DateOnly? RegisteredOn { get; set; }
    public List<ImportFile>? Files { get; set; }
}

internal sealed class ImportFile
{
    public string? Name { get; set; }
    public string? Content { get; set; }
}
