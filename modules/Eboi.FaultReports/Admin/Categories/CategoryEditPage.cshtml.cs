using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.FaultReports.Admin.Categories;

/// <summary>/admin/usterki/kategorie/{klucz}: change a category, or delete it (deactivated instead when reports use it).</summary>
[RequirePermission(FaultReportsPermissions.Moderate)]
internal sealed class CategoryEditPageModel(CategoryEditor editor) : PageModel, ICategoryFormPage
{
    [BindProperty] public CategoryForm Form { get; set; } = new();
    [TempData] public string? Message { get; set; }

    public string Heading { get; private set; } = "";
    public int Reports { get; private set; }
    public IReadOnlyList<string> ErrorOrder { get; } = CategoryRules.InPageOrder.Select(f => $"{nameof(Form)}.{f}").ToList();

    public async Task<IActionResult> OnGetAsync(string klucz, CancellationToken ct)
    {
        if (!await LoadAsync(klucz, ct)) return NotFound();
        Form = CategoryForm.From((await editor.FindAsync(klucz, ct))!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string klucz, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(klucz, ct)) return NotFound();
        var result = await editor.SaveAsync(klucz, Form, ct);
        if (result.Saved is not { } saved)
        {
            foreach (var (field, message) in result.Errors) ModelState.AddModelError(field.Length == 0 ? "" : $"{nameof(Form)}.{field}", message);
            return Page();
        }
        Message = $"Zapisano kategorię „{saved.Name}”.";
        return Redirect(Url.Content("~" + FaultReportsPaths.AdminCategories));
    }

    public async Task<IActionResult> OnPostDeleteAsync(string klucz, CancellationToken ct)
    {
        if (await editor.DeleteAsync(klucz, ct) is not var (category, deleted)) return NotFound();
        Message = deleted
            ? $"Usunięto kategorię „{category.Name}”."
            : $"Kategorii „{category.Name}” używają zgłoszenia, więc jej nie usunięto: jest teraz nieaktywna (mieszkańcy jej nie wybiorą).";
        return Redirect(Url.Content("~" + FaultReportsPaths.AdminCategories));
    }

    private async Task<bool> LoadAsync(string key, CancellationToken ct)
    {
        var row = (await editor.ListAsync(ct)).FirstOrDefault(r => r.Category.Key == key);
        if (row is null) return false;
        (Heading, Reports) = (row.Category.Name, row.Reports);
        return true;
    }
}
