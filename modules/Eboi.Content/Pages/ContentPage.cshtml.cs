using Eboi.Core.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Eboi.Content.Pages;

/// <summary>A published page of the tenant by slug (/pomoc, /polityka-prywatnosci, ...).</summary>
[OutputCache(PolicyName = TenantPageCachePolicy.Name)]
internal sealed class ContentPageModel(ContentService content) : PageModel
{
    public PageView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var version = await content.GetPublishedAsync(ContentTypeNames.Page, slug, ct);
        if (version is null) return NotFound();
        View = PageView.From(version);
        return Page();
    }
}
