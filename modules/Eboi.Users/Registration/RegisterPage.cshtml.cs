using Eboi.Core.Web;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Eboi.Users.Registration;

/// <summary>/konto/rejestracja: pick the kind of applicant, then the form for a person or a company / institution.</summary>
[EnableRateLimiting(Web.AccountRateLimits.Registration)]
internal sealed class RegisterPageModel(RegistrationService registration) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "typ")]
    public string? Type { get; set; }

    [BindProperty]
    public RegistrationForm Form { get; set; } = new();

    public ApplicantKind? Kind => Type switch { "osoba" => ApplicantKind.Person, "firma" => ApplicantKind.Company, _ => null };

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Kind is not { } kind) return RedirectToPage();
        Form.Kind = kind;
        ModelState.Clear();   // our validator owns the messages (Polish, one per rule)
        foreach (var (field, message) in RegistrationValidator.Validate(Form)) ModelState.AddModelError($"{nameof(Form)}.{field}", message);
        if (!ModelState.IsValid) return Page();

        var errors = await registration.RegisterAsync(Form, ct);
        foreach (var (field, message) in errors) ModelState.AddModelError($"{nameof(Form)}.{field}", message);
        if (!ModelState.IsValid) return Page();
        return Redirect($"{Request.PathBase}{UserPaths.RegisterDone}");
    }
}
