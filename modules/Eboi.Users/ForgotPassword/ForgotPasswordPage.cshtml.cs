using Eboi.Core.Web;
using Eboi.Users.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Eboi.Users.ForgotPassword;

/// <summary>/konto/nie-pamietam-hasla: login plus PESEL, NIP or REGON; always the same answer.</summary>
[EnableRateLimiting(AccountRateLimits.PasswordReset)]
internal sealed class ForgotPasswordPageModel(PasswordResetService reset) : PageModel
{
    [BindProperty]
    public string? Login { get; set; }

    [BindProperty]
    public string? Identifier { get; set; }

    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(Login)) ModelState.AddModelError(nameof(Login), "Wpisz adres e-mail lub login.");
        if (string.IsNullOrWhiteSpace(Identifier)) ModelState.AddModelError(nameof(Identifier), "Wpisz PESEL (osoba fizyczna) albo NIP lub REGON (firma, instytucja) podany przy rejestracji.");
        if (!ModelState.IsValid) return Page();
        await reset.RequestAsync(Login!, Identifier!, ct);
        Sent = true;
        return Page();
    }
}
