using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Cases.Admin;

/// <summary>/admin/sprawy/nowa: a case in the register, its znak generated from the unit, the JRWA class and the next number of the year.</summary>
[RequirePermission(CasesPermissions.Manage)]
internal sealed class CaseNewPageModel(CaseRegister register) : PageModel
{
    [BindProperty] public NewCaseForm Form { get; set; } = new();
    [TempData] public string? Message { get; set; }
    public IReadOnlyList<string> ErrorOrder { get; } = NewCaseForm.InPageOrder.Select(f => $"{nameof(Form)}.{f}").ToList();

    public void OnGet() => Form.StartedOn = register.Today.ToString("yyyy-MM-dd");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var (created, errors) = await register.CreateAsync(Form, ct);
        if (created is null)
        {
            foreach (var (field, message) in errors) ModelState.AddModelError($"{nameof(Form)}.{field}", message);
            return Page();
        }
        Message = $"Założono sprawę {created.Sign}.";
        return Redirect(Url.Content("~" + CasesPaths.AdminCase(created.Id)));
    }
}
