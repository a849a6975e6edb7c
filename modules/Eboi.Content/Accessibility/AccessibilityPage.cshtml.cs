using Eboi.Core.Tenancy;
using Eboi.Core.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Eboi.Content.Accessibility;

/// <summary>The tenant's deklaracja dostępności, with the element ids required by the ministry's specification.</summary>
[OutputCache(PolicyName = TenantPageCachePolicy.Name)]
internal sealed class AccessibilityPageModel(ICurrentTenant current) : PageModel
{
    public TenantInfo Tenant => current.Tenant!;
    public AccessibilityStatement Statement { get; private set; } = null!;
    public string SiteUrl { get; private set; } = "";

    public IActionResult OnGet()
    {
        if (Tenant.Profile.Accessibility is not { } statement) return NotFound();
        Statement = statement;
        SiteUrl = HttpContext.OfRequestTenant();
        return Page();
    }
}
