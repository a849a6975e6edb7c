using Eboi.Core.Audit;
using Eboi.Core.Security;
using Eboi.Taxes.Import;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Taxes.Admin;

/// <summary>
/// /admin/podatki/import: a CSV export of the gmina's tax system (layout on the page, example to download) goes
/// through the same <see cref="TaxImporter"/> as the API; the page lists every accepted and rejected record. The upload
/// is checked by size and by content (strict UTF-8 text whose first row is a known record type), and audited.
/// </summary>
[RequirePermission(TaxesPermissions.Import)]
internal sealed class TaxImportPageModel(TaxImporter importer, AuditLog audit) : PageModel
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const string ExampleFileName = "przyklad-importu-kartotek.csv";

    [BindProperty] public IFormFile? Upload { get; set; }
    public IReadOnlyList<string> ErrorOrder { get; } = [nameof(Upload)];
    public TaxImportResult? Result { get; private set; }

    public void OnGet() { }

    public IActionResult OnGetExample()
    {
        var stream = typeof(TaxImportPageModel).Assembly.GetManifestResourceStream("Eboi.Taxes.Admin.przyklad-importu.csv")!;
        return File(stream, "text/csv; charset=utf-8", ExampleFileName);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (Upload is not { Length: > 0 } file)
        {
            ModelState.AddModelError(nameof(Upload), "Wybierz plik CSV z systemu podatkowego.");
            return Page();
        }
        if (file.Length > MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), $"Plik może mieć najwyżej {MaxBytes / 1024 / 1024} MB; podziel go.");
            return Page();
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var text = TaxImportCsv.DecodeUtf8(buffer.ToArray());
        if (text is null || !TaxImportCsv.LooksLikeImport(text))
        {
            ModelState.AddModelError(nameof(Upload), "To nie jest plik CSV importu kartotek: potrzebny jest tekst UTF-8 z polami rozdzielonymi średnikiem, którego pierwszy wiersz zaczyna się od typu rekordu (np. podatnik).");
            return Page();
        }
        var parsed = TaxImportCsv.Parse(text);
        if (parsed.Batch.Count > TaxImporter.MaxRecords)
        {
            ModelState.AddModelError(nameof(Upload), $"Plik może mieć najwyżej {TaxImporter.MaxRecords} rekordów; podziel go.");
            return Page();
        }
        var imported = await importer.ImportAsync(parsed.Batch, ct);
        Result = new TaxImportResult(imported.Accepted, [.. parsed.Rejected, .. imported.Rejected.Select(r => TaxImportCsv.WithLine(r, parsed.Lines))]);
        await audit.RecordAsync(TaxesAuditEvents.Imported, $"plik CSV {Path.GetFileName(file.FileName)}", Result.Summary, ct);
        return Page();
    }
}
