using Eboi.Core.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.HostPanel.Accounts;

/// <summary>Host level /admin/wyloguj: POST ends the operator's session (antiforgery-protected); GET asks to confirm.</summary>
[HostOnly]
[RequireOperator]
internal sealed class OperatorLogoutPageModel : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(OperatorAuthentication.Scheme);
        return Redirect(OperatorAuthentication.LoginPath);
    }
}
