using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Cases.Admin;

/// <summary>/admin/sprawy/wiadomosci: what citizens wrote to case officers, newest first, and whether the EZD registered it (viewing audited).</summary>
[RequirePermission(CasesPermissions.View)]
internal sealed class MessagesPageModel(CaseRegister register) : PageModel
{
    public IReadOnlyList<IncomingMessage> Rows { get; private set; } = [];
    public bool CanReply => User.HasClaim(Permissions.ClaimType, CasesPermissions.Manage);

    public async Task OnGetAsync(CancellationToken ct) => Rows = await register.MessagesAsync(ct);
}
