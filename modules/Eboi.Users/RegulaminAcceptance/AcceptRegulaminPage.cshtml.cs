using Eboi.Content;
using Eboi.Content.Regulamin;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Users.RegulaminAcceptance;

/// <summary>/konto/akceptacja-regulaminu: accept the regulamin in force; the version and time are recorded.</summary>
[Authorize]
internal sealed class AcceptRegulaminPageModel(UserManager<EboiUser> users, SignInManager<EboiUser> signIn, RegulaminReader reader, TimeProvider clock) : PageModel
{
    [BindProperty] public bool Accept { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public RegulaminView? Regulamin { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Regulamin = await reader.CurrentAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Regulamin = await reader.CurrentAsync(ct);
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        ModelState.Clear();
        if (!Accept)
        {
            ModelState.AddModelError(nameof(Accept), "Aby korzystać z konta, zaakceptuj regulamin albo wyloguj się.");
            return Page();
        }
        user.RegulaminVersion = Regulamin?.Version;
        user.RegulaminAcceptedAt = clock.GetUtcNow();
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : $"{Request.PathBase}{UserPaths.Account}");
    }
}
