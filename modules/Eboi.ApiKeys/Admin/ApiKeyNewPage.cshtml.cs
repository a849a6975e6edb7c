using System.Security.Claims;
using Eboi.ApiKeys.Domain;
using Eboi.ApiKeys.Keys;
using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Eboi.ApiKeys.Admin;

/// <summary>
/// /admin/klucze-api/nowy: a name and a scope; the answer to the POST shows the raw key once (never stored, never
/// cached, never redirected through TempData), and says so.
/// </summary>
[RequirePermission(ApiKeysPermissions.Manage)]
internal sealed class ApiKeyNewPageModel(ApiKeyStore store, ApiKeyScopeCatalog scopes) : PageModel
{
    [BindProperty] public ApiKeyForm Form { get; set; } = new();

    public IReadOnlyList<string> ErrorOrder { get; } = ApiKeyRules.Fields.InPageOrder.Select(f => $"{nameof(Form)}.{f}").ToList();

    public IReadOnlyList<SelectListItem> ScopeItems =>
        [new("Wybierz zakres", ""), .. scopes.All.Select(s => new SelectListItem($"{s.Label} ({s.Name})", s.Name))];

    /// <summary>The key just created and its raw text (shown on this answer only).</summary>
    public (ApiKey Key, string Raw)? Created { get; private set; }

    public string ScopeLabel(string scope) => scopes.LabelOf(scope);

    public void OnGet()
    {
        if (scopes.All.Count == 1) Form.Scope = scopes.All[0].Name;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var result = await store.CreateAsync(Form.Name, Form.Scope, User.FindFirstValue(ClaimTypes.Name), ct);
        if (result is not { Key: { } key, RawKey: { } raw })
        {
            foreach (var (field, message) in result.Errors) ModelState.AddModelError($"{nameof(Form)}.{field}", message);
            return Page();
        }
        Response.Headers.CacheControl = "no-store";
        Response.Headers.Pragma = "no-cache";
        Created = (key, raw);
        return Page();
    }
}
