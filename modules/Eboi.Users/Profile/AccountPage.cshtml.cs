using Eboi.Users.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Users.Profile;

/// <summary>/konto: the signed-in user's profile (seed 004: name, e-mail, dates, verification status).</summary>
[Authorize]
internal sealed class AccountPageModel(UserManager<EboiUser> users) : PageModel
{
    public EboiUser Account { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        Account = user;
        return Page();
    }
}
