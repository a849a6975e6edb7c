using System.Security.Claims;
using Eboi.ApiKeys.Domain;
using Eboi.ApiKeys.Keys;
using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.ApiKeys.Admin;

/// <summary>/admin/klucze-api: the tenant's keys (never a secret); ?uniewaznij={id} asks to confirm revoking one.</summary>
[RequirePermission(ApiKeysPermissions.Manage)]
internal sealed class ApiKeysListPageModel(ApiKeyStore store, ApiKeyScopeCatalog scopes) : PageModel
{
    public IReadOnlyList<ApiKey> Keys { get; private set; } = [];

    /// <summary>The live key the office is asked to confirm revoking, if any.</summary>
    public ApiKey? ToRevoke { get; private set; }

    [TempData] public string? Message { get; set; }

    public string ScopeLabel(string scope) => scopes.LabelOf(scope);

    public async Task<IActionResult> OnGetAsync(Guid? uniewaznij, CancellationToken ct)
    {
        Keys = await store.ListAsync(ct);
        if (uniewaznij is { } id)
        {
            ToRevoke = Keys.FirstOrDefault(k => k.Id == id && !k.IsRevoked);
            if (ToRevoke is null) return NotFound();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        if (await store.RevokeAsync(id, User.FindFirstValue(ClaimTypes.Name), ct) is not { } key) return NotFound();
        Message = $"Unieważniono klucz {key.Prefix} („{key.Name}”). Systemy, które go używają, dostaną odmowę dostępu.";
        return Redirect(Url.Content("~" + ApiKeysPaths.Admin));
    }
}
