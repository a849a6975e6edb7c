using Eboi.Catalog.Domain;
using Eboi.Content;
using Eboi.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Catalog.Admin;

/// <summary>/admin/katalog/{id}/podglad[?wersja=N]: a version (the newest by default) rendered as the public card page renders it.</summary>
[RequirePermission(ContentPermissions.Edit)]
internal sealed class ServicePreviewPageModel(ServiceCardEditor editor, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "wersja")] public int? Number { get; set; }

    public ContentVersion Version { get; private set; } = null!;
    public ServiceCard Card { get; private set; } = null!;
    public ServiceCategory? Category { get; private set; }
    public bool IsLatest { get; private set; }
    public bool CanPublish { get; private set; }

    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await editor.LatestAsync(id, ct) is not { } latest) return NotFound();
        var history = await editor.HistoryAsync(id, ct);
        if (history.FirstOrDefault(v => v.Number == (Number ?? latest.Number)) is not { } version) return NotFound();
        Version = version;
        IsLatest = version.Number == latest.Number;
        Card = ServiceCard.From(version);
        Category = (await editor.CategoriesAsync(ct)).FirstOrDefault(c => c.Key == Card.Category);
        CanPublish = (await authorization.AuthorizeAsync(User, PermissionPolicyProvider.Prefix + ContentPermissions.Publish)).Succeeded;
        return Page();
    }
}
