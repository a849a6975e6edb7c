using Eboi.Catalog.Domain;
using Eboi.Catalog.Search;
using Eboi.Core.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Eboi.Catalog.Listing;

/// <summary>/katalog-spraw: services grouped by category, one category (?kategoria=), or search results (?q=).</summary>
[OutputCache(PolicyName = TenantPageCachePolicy.Name)]
internal sealed class CatalogListPageModel(CatalogReader reader, CatalogSearch search) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "kategoria")]
    public string? CategoryKey { get; set; }

    public IReadOnlyList<ServiceCategory> Categories { get; private set; } = [];
    public IReadOnlyList<ServiceCard> Services { get; private set; } = [];
    public ServiceCategory? SelectedCategory { get; private set; }
    public SearchResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Categories = await reader.CategoriesAsync(ct);
        if (!string.IsNullOrWhiteSpace(Query))
        {
            Result = await search.SearchAsync(Query, ct);
            return Page();
        }
        Services = await reader.ServicesAsync(ct);
        if (!string.IsNullOrEmpty(CategoryKey))
        {
            SelectedCategory = Categories.FirstOrDefault(c => c.Key == CategoryKey);
            if (SelectedCategory is null) return NotFound();
            Services = Services.Where(s => s.Category == CategoryKey).ToList();
        }
        return Page();
    }

    public string CategoryTitle(string? key) => Categories.FirstOrDefault(c => c.Key == key)?.Title ?? "";
}
