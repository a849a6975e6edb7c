using Eboi.Users.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Users.Verification;

/// <summary>/konto/weryfikacja: ask for the account to be linked to your identity (online, or with the printed form).</summary>
[Authorize]
internal sealed class VerificationPageModel(UserManager<EboiUser> users, IEnumerable<IIdentityVerificationProvider> providers) : PageModel
{
    public const int MaxMessage = 500;

    public EboiUser Account { get; private set; } = null!;
    public IReadOnlyList<IIdentityVerificationProvider> Providers { get; } = providers.ToList();

    [BindProperty] public string? Message { get; set; }
    [BindProperty] public bool Confirm { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        Account = user;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string provider, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        Account = user;
        ModelState.Clear();
        if (!Confirm) ModelState.AddModelError(nameof(Confirm), "Potwierdź, że dane w koncie są Twoje i prawdziwe.");
        if (Message?.Length > MaxMessage) ModelState.AddModelError(nameof(Message), $"Wiadomość może mieć najwyżej {MaxMessage} znaków.");
        var chosen = Providers.FirstOrDefault(p => p.Key == provider);
        if (chosen is null) ModelState.AddModelError("", "Wybierz sposób weryfikacji.");
        if (!ModelState.IsValid) return Page();
        var next = await chosen!.StartAsync(user, Message, ct);
        return next is not null ? Redirect(next) : RedirectToPage();
    }
}
