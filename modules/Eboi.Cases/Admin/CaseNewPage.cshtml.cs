using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Cases.Admin;

/// <summary>
/// /admin/sprawy/nowa: a case in the register, its znak generated from the unit, the JRWA class and the next number of
/// the year. With ?zgloszenie={id} it is opened for what a citizen sent (a form, for a gmina without an EZD): filled
/// from it, the sender as the party, and the staff land on the case to send the reply.
/// </summary>
[RequirePermission(CasesPermissions.Manage)]
internal sealed class CaseNewPageModel(CaseRegister register) : PageModel
{
    /// <summary>The query parameter naming the inbox item (<see cref="CasesPaths.AdminNewFrom"/>).</summary>
    public const string FromQuery = "zgloszenie";

    [BindProperty] public NewCaseForm Form { get; set; } = new();
    [TempData] public string? Message { get; set; }
    public IReadOnlyList<string> ErrorOrder { get; } = NewCaseForm.InPageOrder.Select(f => $"{nameof(Form)}.{f}").ToList();

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = FromQuery)] Guid? from, CancellationToken ct)
    {
        Form.StartedOn = register.Today.ToString("yyyy-MM-dd");
        if (from is not { } itemId) return Page();
        var (filled, taken, takenCase) = await register.PrefillFromAsync(itemId, ct);
        if (filled is not null)
        {
            Form = filled;
            return Page();
        }
        if (takenCase is { } caseId) return Redirect(Url.Content("~" + CasesPaths.AdminReply(caseId)));
        if (taken is null) return NotFound();
        // Registered by the EZD: the reply comes from there, as an outgoing document it imports into its case.
        Message = $"To zgłoszenie zarejestrowano już w EZD pod numerem {taken.RegisterNumber}; odpowiedź wysyła się z EZD.";
        return Redirect(Url.Content("~" + CasesPaths.Admin));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var (created, errors) = await register.CreateAsync(Form, ct);
        if (created is null)
        {
            foreach (var (field, message) in errors) ModelState.AddModelError($"{nameof(Form)}.{field}", message);
            return Page();
        }
        if (Form.FromItem is not null)
        {
            Message = $"Założono sprawę {created.Sign} i zarejestrowano w niej zgłoszenie mieszkańca. Odpowiedz pismem poniżej.";
            return Redirect(Url.Content("~" + CasesPaths.AdminReply(created.Id)));
        }
        Message = $"Założono sprawę {created.Sign}.";
        return Redirect(Url.Content("~" + CasesPaths.AdminCase(created.Id)));
    }
}
