using Eboi.Core.Tenancy;
using Eboi.Core.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Eboi.Content.Contact;

/// <summary>The office's contact data from the tenant profile (recipe).</summary>
[OutputCache(PolicyName = TenantPageCachePolicy.Name)]
internal sealed class ContactPageModel(ICurrentTenant current) : PageModel
{
    public TenantInfo Tenant => current.Tenant!;

    public void OnGet() { }
}
