using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc;

namespace Eboi.Announcements.Admin;

/// <summary>/admin/ogloszenia/nowe: a new announcement, visible from today unless a later date is chosen.</summary>
[RequirePermission(AnnouncementsPermissions.Manage)]
internal sealed class AnnouncementNewPageModel(AnnouncementEditor editor) : AnnouncementPageModel(editor)
{
    public void OnGet() => Form.VisibleFrom = Editor.Today.ToString("yyyy-MM-dd");

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SaveAsync(null, ct);
}
