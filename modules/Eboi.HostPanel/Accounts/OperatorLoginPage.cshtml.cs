using Eboi.Core.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Eboi.HostPanel.Accounts;

/// <summary>Host level /admin/logowanie: the hosting provider's operators sign in here (not tenant accounts).</summary>
[HostOnly]
[EnableRateLimiting(HostPanelModule.LoginRateLimit)]
internal sealed class OperatorLoginPageModel(OperatorAccounts operators) : PageModel
{
    public const string FailedMessage =
        "Nieprawidłowy login lub hasło. Po 5 nieudanych próbach logowanie z tego adresu jest blokowane na 15 minut; hasło może też zresetować administrator serwera (./eboi operator reset).";

    [BindProperty]
    public OperatorLoginForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(Form.Login)) ModelState.AddModelError("Form.Login", "Wpisz login.");
        if (string.IsNullOrEmpty(Form.Password)) ModelState.AddModelError("Form.Password", "Wpisz hasło.");
        if (!ModelState.IsValid) return Page();

        switch (await operators.SignInAsync(HttpContext, Form.Login!, Form.Password!, ct))
        {
            case OperatorSignInResult.SignedIn:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl!.StartsWith(HostPanelPaths.Tenants, StringComparison.Ordinal) ? ReturnUrl : HostPanelPaths.Tenants);
            case OperatorSignInResult.Blocked:
                ModelState.AddModelError("", "Konto operatora jest zablokowane. Odblokować je może administrator serwera (./eboi operator unblock).");
                break;
            case OperatorSignInResult.TryLater:
                ModelState.AddModelError("", "Zbyt wiele prób logowania na to konto w ostatnich minutach. Spróbuj ponownie za minutę.");
                break;
            default:
                // One wording for a wrong password, an unknown login and a locked account (whatever password was typed).
                ModelState.AddModelError("Form.Password", FailedMessage);
                break;
        }
        return Page();
    }
}
