using Eboi.Core.Security;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Users.Admin;

/// <summary>/admin/uzytkownicy: find accounts by e-mail, name, PESEL, NIP or REGON; filter by verification.</summary>
[RequirePermission(UsersPermissions.Manage)]
internal sealed class UsersListPageModel(UserAdministration admin, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "weryfikacja")] public VerificationStatus? Status { get; set; }

    public IReadOnlyList<EboiUser> Users { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        Users = await admin.SearchAsync(Query, Status, ct);
    }
}
