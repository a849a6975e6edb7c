using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Announcements.Home;

/// <summary>The "Ogłoszenia" block of the home page (nothing at all when there is none).</summary>
// MVC finds only public view components, but the board it shows is internal to the module, so the component takes it
// from the request's services instead of its constructor (a public constructor cannot take an internal type).
public sealed class AnnouncementsViewComponent : ViewComponent
{
    public const string Name = "Announcements";
    private const string ViewPath = "~/Home/AnnouncementsSection.cshtml";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var board = HttpContext.RequestServices.GetRequiredService<AnnouncementBoard>();
        return View(ViewPath, await board.CurrentAsync(HttpContext.RequestAborted));
    }
}
