using Eboi.Core.Data;

namespace Eboi.FaultReports.Domain;

/// <summary>The tenant's map: the gmina's bounding box (reports outside it are refused) and the tile server.</summary>
internal sealed class FaultMapSettings : ITenantOwned
{
    public const string OpenStreetMapTiles = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    public const string OpenStreetMapAttribution = "© autorzy OpenStreetMap";

    public Guid TenantId { get; set; }
    public double MinLat { get; set; }
    public double MinLon { get; set; }
    public double MaxLat { get; set; }
    public double MaxLon { get; set; }
    public string TileUrl { get; set; } = OpenStreetMapTiles;
    public string Attribution { get; set; } = OpenStreetMapAttribution;

    public BoundingBox Box => new(MinLat, MinLon, MaxLat, MaxLon);
}
