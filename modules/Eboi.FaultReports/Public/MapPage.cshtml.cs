using Eboi.FaultReports.Domain;
using Eboi.FaultReports.Reports;
using Eboi.FaultReports.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.FaultReports.Public;

/// <summary>/usterki/mapa: Leaflet over the tenant's tiles, reading <see cref="MapDataPageModel"/>; the list is its text alternative.</summary>
internal sealed class MapPageModel(FaultReportStore store) : PageModel
{
    public FaultMapSettings Map { get; private set; } = new();
    public IReadOnlyList<FaultCategory> Categories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Map = await store.MapAsync(ct);
        Categories = await store.CategoriesAsync(activeOnly: false, ct);
        MapAssets.AllowTiles(HttpContext, Map.TileUrl);
    }
}
