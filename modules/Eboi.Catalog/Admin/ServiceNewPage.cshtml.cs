using Eboi.Content;
using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc;

namespace Eboi.Catalog.Admin;

/// <summary>/admin/katalog/nowa: a new service card, saved as a draft (version 1) that nobody outside the office sees.</summary>
[RequirePermission(ContentPermissions.Edit)]
internal sealed class ServiceNewPageModel(ServiceCardEditor editor) : ServiceCardPageModel(editor)
{
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await PrepareFormAsync(ct);

    public async Task<IActionResult> OnPostSaveAsync(string? next, CancellationToken ct)
    {
        StartValidation();
        var result = await Editor.SaveAsync(null, Form, Author, ct);
        if (result.Saved is not { } saved)
        {
            ShowErrors(result.Errors);
            await PrepareFormAsync(ct);
            return Page();
        }
        Message = $"Utworzono kartę „{saved.Title}” jako wersję roboczą nr {saved.Number}. Mieszkańcy zobaczą ją po opublikowaniu.";
        return AfterSave(saved.ItemId, next);
    }
}
