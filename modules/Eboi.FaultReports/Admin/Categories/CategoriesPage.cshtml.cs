using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.FaultReports.Admin.Categories;

/// <summary>/admin/usterki/kategorie: the tenant's fault categories (with how many reports use each) and the form to add one.</summary>
[RequirePermission(FaultReportsPermissions.Moderate)]
internal sealed class CategoriesPageModel(CategoryEditor editor) : PageModel, ICategoryFormPage
{
    [BindProperty] public CategoryForm Form { get; set; } = new();
    [TempData] public string? Message { get; set; }

    public IReadOnlyList<CategoryEditor.Row> Rows { get; private set; } = [];
    public IReadOnlyList<string> ErrorOrder { get; } = CategoryRules.InPageOrder.Select(f => $"{nameof(Form)}.{f}").ToList();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Form.Active = true;
        Rows = await editor.ListAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var result = await editor.SaveAsync(null, Form, ct);
        if (result.Saved is not { } saved)
        {
            foreach (var (field, message) in result.Errors) ModelState.AddModelError(field.Length == 0 ? "" : $"{nameof(Form)}.{field}", message);
            Rows = await editor.ListAsync(ct);
            return Page();
        }
        Message = $"Dodano kategorię „{saved.Name}”.";
        return Redirect(Url.Content("~" + FaultReportsPaths.AdminCategories));
    }
}
