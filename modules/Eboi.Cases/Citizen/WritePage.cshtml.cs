using Eboi.Cases.Domain;
using Microsoft.AspNetCore.Mvc;

namespace Eboi.Cases.Citizen;

/// <summary>
/// /sprawy/{znak}/napisz: "Napisz do prowadzącego": subject and text (GOV.UK errors next to the fields, what was
/// typed kept); sent, the message goes to the officer's e-mail and the EZD inbox together.
/// </summary>
internal sealed class WritePageModel(MyCases myCases, OfficerMessenger messenger) : CitizenPageModel(myCases)
{
    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? Text { get; set; }
    public Case? Case { get; private set; }
    public IReadOnlyList<string> ErrorOrder => OfficerMessenger.Fields.InPageOrder;
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string znak, CancellationToken ct) => await LoadAsync(znak, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(string znak, CancellationToken ct)
    {
        if (await LoadAsync(znak, ct) is { } early) return early;
        if (Case is null) return Page();
        ModelState.Clear();
        var errors = OfficerMessenger.Check(Subject, Text);
        if (errors.Count > 0)
        {
            foreach (var (field, message) in errors) ModelState.AddModelError(field, message);
            return Page();
        }
        await messenger.SendAsync(Case, Access.Citizen!, Subject!, Text!, ct);
        Message = "Wysłaliśmy wiadomość do osoby prowadzącej sprawę. Numer, pod którym urząd ją zarejestruje, zobaczysz przy wiadomości i w zakładce Korespondencja → Wysłane.";
        return Redirect(Url.Content("~" + CasesPaths.Case(Case.Sign)));
    }

    /// <summary>The page as is (visitor, unverified) or 404; null when the case is loaded.</summary>
    private async Task<IActionResult?> LoadAsync(string znak, CancellationToken ct)
    {
        if (!await LoadAccessAsync(ct) || !Access.IsVerified) return Page();
        Case = await Cases.FindAsync(Access, znak, ct);
        return Case is null ? NotFound() : null;
    }
}
