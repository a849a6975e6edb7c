using Eboi.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Users.Login;

/// <summary>/konto/wyloguj: POST signs out (antiforgery-protected); GET asks to confirm.</summary>
internal sealed class LogoutPageModel(SignInManager<EboiUser> signIn) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect($"{Request.PathBase}/?wylogowano=1");
    }
}
