using Eboi.Catalog.Domain;
using Eboi.Catalog.Listing;
using Eboi.Core.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Eboi.Catalog.Detail;

/// <summary>/katalog-spraw/{slug}: the full karta usługi.</summary>
[OutputCache(PolicyName = TenantPageCachePolicy.Name)]
internal sealed class ServiceDetailPageModel(CatalogReader reader) : PageModel
{
    public ServiceCard Card { get; private set; } = null!;
    public ServiceCategory? Category { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await reader.ServiceAsync(slug, ct) is not { } card) return NotFound();
        Card = card;
        Category = (await reader.CategoriesAsync(ct)).FirstOrDefault(c => c.Key == card.Category);
        return Page();
    }
}
