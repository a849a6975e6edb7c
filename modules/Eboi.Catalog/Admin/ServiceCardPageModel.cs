using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Eboi.Catalog.Admin;

/// <summary>What the new-card and edit-card pages share: the bound form, the category choices and error mapping.</summary>
internal abstract class ServiceCardPageModel(ServiceCardEditor editor) : PageModel
{
    /// <summary>Blank rows offered for new forms; more appear after saving.</summary>
    public const int BlankFormRows = 2;

    [BindProperty] public ServiceCardForm Form { get; set; } = new();

    public IReadOnlyList<SelectListItem> CategoryItems { get; private set; } = [];

    protected ServiceCardEditor Editor => editor;

    /// <summary>Prepares the form for display: category choices (keeping an unpublished current one) and blank form rows.</summary>
    protected async Task PrepareFormAsync(CancellationToken ct)
    {
        var categories = await editor.CategoriesAsync(ct);
        var items = new List<SelectListItem> { new("– wybierz kategorię –", "") };
        items.AddRange(categories.Select(c => new SelectListItem(c.Title, c.Key)));
        if (Form.Category is { Length: > 0 } current && categories.All(c => c.Key != current))
            items.Add(new SelectListItem($"{current} (kategoria nieopublikowana)", current));
        CategoryItems = items;
        Form.Forms = [.. Form.FilledForms(), .. Enumerable.Range(0, BlankFormRows).Select(_ => new FormLinkInput())];
    }

    /// <summary>Binding is redone by the rules (implicit [Required] on non-nullable members is not wanted); rows left blank go.</summary>
    protected void StartValidation()
    {
        ModelState.Clear();
        Form.Forms = Form.FilledForms().ToList();
    }

    /// <summary>Model state keys of the errors in page order, for the error summary.</summary>
    public IReadOnlyList<string> ErrorOrder { get; private set; } = [];

    protected void ShowErrors(IEnumerable<(string Field, string Message)> errors)
    {
        var keys = new List<string>();
        foreach (var (field, message) in errors.OrderBy(e => ServiceCardRules.Position(e.Field)))
        {
            var key = field.Length == 0 ? "" : $"{nameof(Form)}.{field}";
            ModelState.AddModelError(key, message);
            keys.Add(key);
        }
        ErrorOrder = keys.Distinct().ToList();
    }

    protected string? Author => User.FindFirstValue(ClaimTypes.Name);

    /// <summary>After a save: back to the editor, or to the preview when the editor asked for it.</summary>
    protected IActionResult AfterSave(Guid itemId, string? next) =>
        next == "podglad" ? Redirect(Url.Content("~" + CatalogPaths.AdminPreviewOf(itemId))) : Redirect(Url.Content("~" + CatalogPaths.AdminEditOf(itemId)));
}
