using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc;

namespace Eboi.Announcements.Admin;

/// <summary>/admin/ogloszenia/{id}: change an announcement or delete it (?usun=tak asks to confirm first).</summary>
[RequirePermission(AnnouncementsPermissions.Manage)]
internal sealed class AnnouncementEditPageModel(AnnouncementEditor editor) : AnnouncementPageModel(editor)
{
    public string Title { get; private set; } = "";

    /// <summary>Query value of the "Usuń ogłoszenie" link: the page asks to confirm.</summary>
    public const string AskDelete = "tak";

    public bool ConfirmDelete { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? usun, CancellationToken ct)
    {
        if (await Editor.FindAsync(id, ct) is not { } a) return NotFound();
        Title = a.Title;
        Form = AnnouncementForm.From(a);
        ConfirmDelete = usun == AskDelete;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await Editor.FindAsync(id, ct) is not { } a) return NotFound();
        Title = a.Title;
        return await SaveAsync(id, ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        if (await Editor.DeleteAsync(id, ct) is not { } deleted) return NotFound();
        Message = $"Usunięto ogłoszenie „{deleted.Title}”.";
        return Redirect(Url.Content("~" + Eboi.Announcements.AnnouncementsPaths.Admin));
    }
}
