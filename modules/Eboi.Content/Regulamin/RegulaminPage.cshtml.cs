using Eboi.Core.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Eboi.Content.Regulamin;

/// <summary>The tenant's current regulamin (published version of the Regulamin item).</summary>
[OutputCache(PolicyName = TenantPageCachePolicy.Name)]
internal sealed class RegulaminPageModel(RegulaminReader reader) : PageModel
{
    public RegulaminView Regulamin { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await reader.CurrentAsync(ct) is not { } regulamin) return NotFound();
        Regulamin = regulamin;
        return Page();
    }
}
