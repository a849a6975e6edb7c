using System.Globalization;
using System.Text.RegularExpressions;

namespace Eboi.FaultReports.Domain;

/// <summary>A latitude/longitude rectangle (WGS 84): the gmina's area on the form and the map's view on the GeoJSON endpoint.</summary>
internal sealed partial record BoundingBox(double MinLat, double MinLon, double MaxLat, double MaxLon)
{
    public bool Contains(double lat, double lon) => lat >= MinLat && lat <= MaxLat && lon >= MinLon && lon <= MaxLon;

    public double CenterLat => (MinLat + MaxLat) / 2;
    public double CenterLon => (MinLon + MaxLon) / 2;

    /// <summary>Leaflet's bbox string "minLon,minLat,maxLon,maxLat" (the GeoJSON/OGC order); null when malformed or inverted.</summary>
    public static BoundingBox? ParseLonLat(string? text)
    {
        var parts = text?.Split(',');
        if (parts is not { Length: 4 }) return null;
        var v = new double[4];
        for (var i = 0; i < 4; i++)
            if (!double.TryParse(parts[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out v[i]) || !double.IsFinite(v[i])) return null;
        return v[0] <= v[2] && v[1] <= v[3] && Math.Abs(v[1]) <= 90 && Math.Abs(v[3]) <= 90 ? new BoundingBox(v[1], v[0], v[3], v[2]) : null;
    }
}
