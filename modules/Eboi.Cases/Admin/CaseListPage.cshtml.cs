using Eboi.Cases.Domain;
using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Cases.Admin;

/// <summary>/admin/sprawy: the case register, searched by znak, title, party name or full PESEL/NIP, filtered by status.</summary>
[RequirePermission(CasesPermissions.View)]
internal sealed class CaseListPageModel(CaseRegister register) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "stan")] public string? Status { get; set; }
    [TempData] public string? Message { get; set; }

    public IReadOnlyList<Case> Rows { get; private set; } = [];
    public bool CanManage => User.HasClaim(Permissions.ClaimType, CasesPermissions.Manage);

    public async Task OnGetAsync(CancellationToken ct) => Rows = await register.SearchAsync(Query, Status, ct);
}
