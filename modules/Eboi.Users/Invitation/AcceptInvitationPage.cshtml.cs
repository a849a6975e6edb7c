using Eboi.Users.Domain;
using Eboi.Users.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Users.Invitation;

/// <summary>/konto/zaproszenie?u=..&amp;t=..: set the password of an account the office created for you.</summary>
internal sealed class AcceptInvitationPageModel(InvitationService invitations) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "u")] public string? UserId { get; set; }
    [BindProperty(SupportsGet = true, Name = "t")] public string? Token { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }
    [BindProperty] public bool AcceptRegulamin { get; set; }
    [BindProperty] public bool ConsentDataProcessing { get; set; }

    public bool Done { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        foreach (var message in PasswordPolicy.Check(Password)) ModelState.AddModelError(nameof(Password), message);
        if (Password != ConfirmPassword) ModelState.AddModelError(nameof(ConfirmPassword), "Hasła nie są takie same.");
        if (!ConsentDataProcessing) ModelState.AddModelError(nameof(ConsentDataProcessing), "Zgoda na przetwarzanie danych osobowych jest potrzebna do korzystania z konta.");
        if (!AcceptRegulamin) ModelState.AddModelError(nameof(AcceptRegulamin), "Zaakceptuj regulamin portalu.");
        if (!ModelState.IsValid) return Page();
        var token = AccountLinks.DecodeToken(Token);
        var result = Guid.TryParse(UserId, out var id) && token is not null
            ? await invitations.AcceptAsync(id, token, Password!, ct)
            : Microsoft.AspNetCore.Identity.IdentityResult.Failed(new Microsoft.AspNetCore.Identity.IdentityError { Description = "Link jest nieprawidłowy." });
        foreach (var e in result.Errors) ModelState.AddModelError(e.Code == "PasswordPolicy" ? nameof(Password) : "", e.Description);
        Done = result.Succeeded;
        return Page();
    }
}
