using Eboi.Users.Domain;
using Eboi.Users.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Users.Activation;

/// <summary>/konto/aktywacja?u=..&amp;t=..: the link from the activation e-mail; single use, valid 48 h.</summary>
internal sealed class ActivatePageModel(UserManager<EboiUser> users) : PageModel
{
    public ActivationResult Result { get; private set; }

    public async Task OnGetAsync(string? u, string? t)
    {
        var token = AccountLinks.DecodeToken(t);
        var user = Guid.TryParse(u, out var id) ? await users.FindByIdAsync(id.ToString()) : null;
        if (user is null || token is null) { Result = ActivationResult.Invalid; return; }
        if (user.EmailConfirmed) { Result = ActivationResult.AlreadyActive; return; }
        var confirmed = await users.ConfirmEmailAsync(user, token);
        if (!confirmed.Succeeded) { Result = ActivationResult.Invalid; return; }
        await users.UpdateSecurityStampAsync(user);   // the link works once
        Result = ActivationResult.Activated;
    }
}

internal enum ActivationResult
{
    Invalid,
    Activated,
    AlreadyActive,
}
