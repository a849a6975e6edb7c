using System.Security.Claims;
using Eboi.Core.Security;
using Eboi.Email.Templates;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Email.Admin;

/// <summary>/admin/szablony/{key}: edit the tenant's version of one template (placeholders checked), or go back to the default.</summary>
[RequirePermission(EmailPermissions.Templates)]
internal sealed class TemplateEditPageModel(EmailTemplateService templates) : PageModel
{
    public EmailTemplateView Template { get; private set; } = null!;

    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? Body { get; set; }
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        if (await templates.GetAsync(key, ct) is not { } template) return NotFound();
        Template = template;
        Subject = template.Subject;
        Body = template.Body;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, CancellationToken ct)
    {
        if (await templates.GetAsync(key, ct) is not { } template) return NotFound();
        Template = template;
        ModelState.Clear();
        var result = await templates.SaveAsync(key, Subject, Body, User.FindFirstValue(ClaimTypes.Name), ct);
        foreach (var e in result.Errors) ModelState.AddModelError(e.Field, e.Message);
        if (!result.Saved) return Page();
        Message = "Szablon został zapisany.";
        return RedirectToPage(new { key });
    }

    public async Task<IActionResult> OnPostResetAsync(string key, CancellationToken ct)
    {
        if (await templates.GetAsync(key, ct) is null) return NotFound();
        await templates.ResetAsync(key, ct);
        Message = "Przywrócono treść domyślną.";
        return RedirectToPage(new { key });
    }
}
