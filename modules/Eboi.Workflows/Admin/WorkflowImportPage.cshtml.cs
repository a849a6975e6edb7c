using System.Security.Claims;
using System.Text.Json;
using Eboi.Core.Data;
using Eboi.Core.Security;
using Eboi.Workflows.Definitions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Workflows.Admin;

/// <summary>
/// /admin/procesy/import: a workflow from a JSON file (or pasted), as exported or as a recipe entry; validated like the
/// editor, saved by its key (an existing workflow with that key gets a new version).
/// </summary>
[RequirePermission(WorkflowsPermissions.Manage)]
internal sealed class WorkflowImportPageModel : PageModel
{
    public const int MaxBytes = 256 * 1024;

    [BindProperty] public string? Json { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }

    /// <summary>Problems with their paths in the file ("activities[1].settings.szablon").</summary>
    internal IReadOnlyList<WorkflowError> Problems { get; private set; } = [];

    public IReadOnlyList<string> ErrorOrder { get; } = [nameof(Upload), nameof(Json)];

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var text = Json;
        if (Upload is { Length: > 0 } file)
        {
            if (file.Length > MaxBytes)
            {
                ModelState.AddModelError(nameof(Upload), $"Plik może mieć najwyżej {MaxBytes / 1024} KB.");
                return Page();
            }
            using var reader = new StreamReader(file.OpenReadStream());
            text = await reader.ReadToEndAsync(ct);
            Json = text;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            ModelState.AddModelError(nameof(Json), "Wybierz plik JSON procesu albo wklej jego treść.");
            return Page();
        }
        WorkflowDocument? doc;
        try
        {
            doc = JsonSerializer.Deserialize<WorkflowDocument>(text, JsonColumn.Options);
        }
        catch (JsonException e)
        {
            ModelState.AddModelError(nameof(Json), $"To nie jest poprawny plik JSON procesu ({e.Path}, wiersz {e.LineNumber + 1}): {e.Message}");
            return Page();
        }
        if (doc is null)
        {
            ModelState.AddModelError(nameof(Json), "Plik jest pusty.");
            return Page();
        }
        var result = await HttpContext.RequestServices.GetRequiredService<WorkflowDefinitions>()
            .SaveAsync(doc, User.FindFirstValue(ClaimTypes.Name), WorkflowsAuditEvents.Imported, ct);
        if (result.Saved is not { } saved)
        {
            Problems = result.Errors;
            ModelState.AddModelError(nameof(Json), $"Proces w pliku ma błędy ({result.Errors.Count}); lista poniżej pola.");
            return Page();
        }
        TempData["Message"] = result.Changed ? $"Zaimportowano proces „{saved.Title}” (wersja {saved.Version})." : $"Proces „{saved.Title}” jest już taki jak w pliku.";
        return Redirect(Url.Content("~" + WorkflowsPaths.AdminEdit(saved.Id)));
    }
}
