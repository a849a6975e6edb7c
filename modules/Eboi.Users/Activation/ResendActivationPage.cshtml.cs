using Eboi.Core.Data;
using Eboi.Core.Web;
using Eboi.Users.Domain;
using Eboi.Users.Registration;
using Eboi.Users.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Eboi.Users.Activation;

/// <summary>/konto/aktywacja/ponow: a new activation link; the answer is the same whether or not the address has an inactive account.</summary>
[EnableRateLimiting(AccountRateLimits.Registration)]
internal sealed class ResendActivationPageModel(UserManager<EboiUser> users, RegistrationService registration, EboiDbContext db) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(Email) || !RegistrationValidator.IsEmail(Email))
        {
            ModelState.AddModelError(nameof(Email), "Wpisz adres e-mail podany przy rejestracji.");
            return Page();
        }
        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is { EmailConfirmed: false })
        {
            await registration.EnqueueActivationAsync(user, ct);
            await db.SaveChangesAsync(ct);
        }
        Sent = true;
        return Page();
    }
}
