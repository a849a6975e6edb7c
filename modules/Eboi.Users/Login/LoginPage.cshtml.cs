using Eboi.Core.Security;
using Eboi.Users.Domain;
using Eboi.Users.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Eboi.Users.Login;

/// <summary>/konto/logowanie: e-mail or login and password, "Zapamiętaj mnie".</summary>
[EnableRateLimiting(AccountRateLimits.Login)]
internal sealed class LoginPageModel(LoginService login) : PageModel
{
    [BindProperty]
    public LoginForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public LoginOutcome? Outcome { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(Form.Login)) ModelState.AddModelError("Form.Login", "Wpisz adres e-mail lub login.");
        if (string.IsNullOrEmpty(Form.Password)) ModelState.AddModelError("Form.Password", "Wpisz hasło.");
        if (!ModelState.IsValid) return Page();

        Outcome = await login.SignInAsync(Form, ClientAddress.KeyOf(HttpContext), HttpContext.RequestAborted);
        switch (Outcome)
        {
            case LoginOutcome.SignedIn:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : $"{Request.PathBase}{UserPaths.Account}");
            case LoginOutcome.LockedOut:
                ModelState.AddModelError("", "Zbyt wiele nieudanych prób logowania. Logowanie na to konto z tego urządzenia jest zablokowane na 15 minut. Możesz też ustawić nowe hasło (Nie pamiętam hasła).");
                break;
            case LoginOutcome.BlockedByStaff:
                ModelState.AddModelError("", "Konto zostało zablokowane przez urząd. Aby je odblokować, skontaktuj się z urzędem.");
                break;
            case LoginOutcome.TryLater:
                ModelState.AddModelError("", "Zbyt wiele prób logowania na to konto w ostatnich minutach. Spróbuj ponownie za minutę.");
                break;
            case LoginOutcome.NotActivated:
                ModelState.AddModelError("", "Konto nie zostało jeszcze aktywowane. Kliknij link w wiadomości e-mail, którą wysłaliśmy po rejestracji, albo wyślij link ponownie.");
                break;
            default:
                ModelState.AddModelError("Form.Password", "Nieprawidłowy login lub hasło.");
                break;
        }
        return Page();
    }
}
