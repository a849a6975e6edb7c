using Eboi.Cases.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Eboi.Cases.Citizen;

/// <summary>
/// /sprawy/{znak}/napisz: "Napisz do prowadzącego": subject and text (GOV.UK errors next to the fields, what was
/// typed kept); sent, the message goes to the officer's e-mail and the EZD inbox together. 404 unless a verified party.
/// </summary>
[Authorize]
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
        ModelState.Clear();
        var errors = OfficerMessenger.Check(Subject, Text);
        if (errors.Count > 0)
        {
            foreach (var (field, message) in errors) ModelState.AddModelError(field, message);
            return Page();
        }
        await messenger.SendAsync(Case!, Access.Citizen!, Subject!, Text!, ct);
        Message = "Wysłaliśmy wiadomość do osoby prowadzącej sprawę. Numer, pod którym urząd ją zarejestruje, zobaczysz przy wiadomości i w zakładce Korespondencja → Wysłane.";
        return Redirect(Url.Content("~" + CasesPaths.Case(Case!.Sign)));
    }

    /// <summary>404 unless the caller is a verified party of the case; null when the case is loaded.</summary>
    private async Task<IActionResult?> LoadAsync(string znak, CancellationToken ct)
    {
        await LoadAccessAsync(ct);
        Case = await Cases.FindAsync(Access, znak, ct);
        return Case is null ? NotFound() : null;
    }
}
