using Eboi.Core.Tenancy;
using Eboi.HostPanel.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.HostPanel.Tenants;

/// <summary>Host level /admin: every tenant with its state, addresses and recipe.</summary>
[HostOnly]
[RequireOperator]
internal sealed class TenantsListPageModel(TenantAdministration tenants) : PageModel
{
    public IReadOnlyList<Tenant> Tenants { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Tenants = await tenants.ListAsync(ct);
}
