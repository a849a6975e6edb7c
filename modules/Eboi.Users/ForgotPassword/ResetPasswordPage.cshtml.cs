using Eboi.Users.Domain;
using Eboi.Users.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Users.ForgotPassword;

/// <summary>/konto/nowe-haslo?u=..&amp;t=..: set a new password from the e-mailed link.</summary>
internal sealed class ResetPasswordPageModel(PasswordResetService reset) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "u")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "t")]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public bool Done { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        foreach (var message in PasswordPolicy.Check(Password)) ModelState.AddModelError(nameof(Password), message);
        if (Password != ConfirmPassword) ModelState.AddModelError(nameof(ConfirmPassword), "Hasła nie są takie same.");
        if (!ModelState.IsValid) return Page();
        var token = AccountLinks.DecodeToken(Token);
        if (!Guid.TryParse(UserId, out var id) || token is null)
        {
            ModelState.AddModelError("", "Link jest nieprawidłowy, został już użyty albo wygasł. Poproś o nowy link.");
            return Page();
        }
        var result = await reset.ResetAsync(id, token, Password!, ct);
        foreach (var e in result.Errors) ModelState.AddModelError(e.Code == nameof(Microsoft.AspNetCore.Identity.IdentityErrorDescriber.InvalidToken) ? "" : nameof(Password), e.Description);
        Done = result.Succeeded;
        return Page();
    }
}
