using System.Globalization;
using Eboi.Catalog.Domain;
using Eboi.Catalog.Search;
using Eboi.Content;
using Eboi.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Catalog.Admin;

/// <summary>/admin/katalog: the tenant's service cards with their state; search by title, filter by category and state.</summary>
[RequirePermission(ContentPermissions.Edit)]
internal sealed class ServiceListPageModel(ServiceCardEditor editor) : PageModel
{
    private static readonly CultureInfo Polish = new("pl-PL");

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "kategoria")] public string? CategoryKey { get; set; }
    [BindProperty(SupportsGet = true, Name = "stan")] public string? State { get; set; }

    public IReadOnlyList<ServiceCategory> Categories { get; private set; } = [];
    public IReadOnlyList<ContentItemSummary> Cards { get; private set; } = [];
    public int Total { get; private set; }

    /// <summary>State filter values (query string) and their labels.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> States =
    [
        ("szkic", "szkic (nigdy nieopublikowana)"), ("opublikowana", "opublikowana"), ("zmiany", "ma niepublikowane zmiany"), ("wycofana", "wycofana"),
    ];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Categories = await editor.CategoriesAsync(ct);
        // A tenant has tens of cards, not thousands: one query for all headers, filtered here. Every typed word must occur
        // in the title, diacritics ignored ("dowodu osob" finds "Wydanie dowodu osobistego").
        var all = await editor.CardsAsync(ct);
        Total = all.Count;
        var words = SearchQuery.Fold(SearchQuery.Normalize(Query)).ToLower(Polish).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Cards = all
            .Where(c => words.All(w => SearchQuery.Fold(c.Title).ToLower(Polish).Contains(w, StringComparison.Ordinal)))
            .Where(c => string.IsNullOrEmpty(CategoryKey) || c.Category == CategoryKey)
            .Where(c => State switch
            {
                "szkic" => c.PublishedVersion is null && !c.WasPublished,
                "opublikowana" => c.PublishedVersion is not null,
                "zmiany" => c.PublishedVersion is not null && c.HasUnpublishedChanges,
                "wycofana" => c.PublishedVersion is null && c.WasPublished,
                _ => true,
            })
            .OrderBy(c => c.Title, StringComparer.Create(Polish, true))
            .ToList();
    }

    public string CategoryTitle(string? key) => Categories.FirstOrDefault(c => c.Key == key)?.Title ?? key ?? "–";
}
