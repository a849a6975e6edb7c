using Eboi.Core.Security;
using Eboi.Core.Tenancy;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Users.Admin;

/// <summary>/admin: the staff panel's start page with what waits for the staff member.</summary>
[RequireStaff]
internal sealed class AdminHomePageModel(UserAdministration admin, AdminMenu menu) : PageModel
{
    public int Accounts { get; private set; }
    public int PendingVerification { get; private set; }
    public IReadOnlyList<AdminMenuItem> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Sections = menu.For(User, HttpContext.GetTenant()!).Where(i => i.Path != UserAdminPaths.Home).ToList();
        if (User.HasClaim(Permissions.ClaimType, UsersPermissions.Manage) || User.HasClaim(Permissions.ClaimType, UsersPermissions.Verify))
        {
            Accounts = await admin.CountAsync(null, ct);
            PendingVerification = await admin.CountAsync(VerificationStatus.Pending, ct);
        }
    }
}
