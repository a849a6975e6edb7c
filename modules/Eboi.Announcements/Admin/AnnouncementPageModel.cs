using System.Security.Claims;
using Eboi.Announcements.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Announcements.Admin;

/// <summary>What the new and edit pages share: the bound form and the errors in page order.</summary>
internal abstract class AnnouncementPageModel(AnnouncementEditor editor) : PageModel
{
    [BindProperty] public AnnouncementForm Form { get; set; } = new();

    [TempData] public string? Message { get; set; }

    public IReadOnlyList<string> ErrorOrder { get; } = AnnouncementRules.Fields.InPageOrder.Select(f => $"{nameof(Form)}.{f}").ToList();

    protected AnnouncementEditor Editor => editor;

    protected string? Author => User.FindFirstValue(ClaimTypes.Name);

    /// <summary>Saves, or shows the errors next to their fields keeping what was typed.</summary>
    protected async Task<IActionResult> SaveAsync(Guid? id, CancellationToken ct)
    {
        // The rules check the form; attribute validation of the bound strings is not wanted.
        ModelState.Clear();
        var result = await editor.SaveAsync(id, Form, Author, ct);
        if (result.Saved is not { } saved)
        {
            foreach (var (field, message) in result.Errors)
                ModelState.AddModelError(field.Length == 0 ? "" : $"{nameof(Form)}.{field}", message);
            return Page();
        }
        Message = saved.IsVisibleOn(editor.Today)
            ? $"Zapisano ogłoszenie „{saved.Title}”. Mieszkańcy widzą je na stronie głównej."
            : $"Zapisano ogłoszenie „{saved.Title}”. Pojawi się na stronie głównej {saved.VisibleFrom:yyyy-MM-dd}.";
        return Redirect(Url.Content("~" + AnnouncementsPaths.Admin));
    }
}
