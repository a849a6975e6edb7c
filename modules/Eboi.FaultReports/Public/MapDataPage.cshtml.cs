using Eboi.FaultReports.Domain;
using Eboi.FaultReports.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.FaultReports.Public;

/// <summary>
/// /usterki/mapa/dane?bbox=minLon,minLat,maxLon,maxLat[&amp;status=…][&amp;kategoria=…]: the approved reports in the box as
/// GeoJSON (without bbox: the gmina's box). A malformed bbox is a 400 with a Polish message.
/// </summary>
internal sealed class MapDataPageModel(PublicReports reports, FaultReportStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? bbox, string? status, string? kategoria, CancellationToken ct)
    {
        var box = string.IsNullOrEmpty(bbox) ? (await store.MapAsync(ct)).Box : BoundingBox.ParseLonLat(bbox);
        if (box is null) return BadRequest("Parametr bbox ma postać minDł,minSzer,maxDł,maxSzer, np. 16.0,52.0,16.2,52.1.");
        var json = await reports.GeoJsonAsync(box, status, kategoria, n => Url.Content("~" + FaultReportsPaths.Detail(n)), ct);
        return File(json, "application/geo+json; charset=utf-8");
    }
}
