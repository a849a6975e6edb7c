using Microsoft.AspNetCore.Mvc;

namespace Eboi.Announcements.Home;

/// <summary>The "Ogłoszenia" block of the home page (nothing at all when there is none).</summary>
public sealed class AnnouncementsViewComponent(AnnouncementBoard board) : ViewComponent
{
    public const string Name = "Announcements";
    private const string ViewPath = "~/Home/AnnouncementsSection.cshtml";

    public async Task<IViewComponentResult> InvokeAsync() =>
        View(ViewPath, await board.CurrentAsync(HttpContext.RequestAborted));
}
