using Eboi.Forms.Definitions;
using Eboi.Forms.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Eboi.Users;

namespace Eboi.Forms.Filling;

/// <summary>/formularze/{slug}: what the form is for and where it goes; "Wypełnij formularz" starts a draft (verified citizens only).</summary>
internal sealed class StartPageModel(FormCatalog catalog, VerifiedCitizenGate gate, DraftStore drafts) : PageModel
{
    public FormDefinition Form { get; private set; } = null!;
    public CitizenStanding Access { get; private set; } = CitizenStanding.SignedOut;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await catalog.PublishedAsync(slug, ct) is not { } form) return NotFound();
        Form = form;
        Access = await gate.CheckAsync(User, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        if (await catalog.PublishedAsync(slug, ct) is not { } form) return NotFound();
        Access = await gate.CheckAsync(User, ct);
        if (!Access.IsVerified)
        {
            Form = form;
            return Page();
        }
        var draft = await drafts.StartAsync(form, Access.UserId, ct);
        return Redirect(Url.Content("~" + FormsPaths.Draft(draft.Id)));
    }
}
