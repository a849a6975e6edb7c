using Eboi.Announcements.Domain;
using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Announcements.Admin;

/// <summary>/admin/ogloszenia: every announcement of the tenant with what citizens see of it today.</summary>
[RequirePermission(AnnouncementsPermissions.Manage)]
internal sealed class AnnouncementsListPageModel(AnnouncementEditor editor) : PageModel
{
    public IReadOnlyList<Announcement> Items { get; private set; } = [];
    public DateOnly Today { get; private set; }

    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = editor.Today;
        Items = await editor.ListAsync(ct);
    }

    public string StateOf(Announcement a) =>
        a.IsVisibleOn(Today) ? "widoczne" : a.VisibleFrom > Today ? "zaplanowane" : "zakończone";
}
