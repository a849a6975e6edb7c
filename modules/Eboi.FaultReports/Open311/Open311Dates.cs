using System.Globalization;
using Eboi.Core.Text;

namespace Eboi.FaultReports.Open311;

/// <summary>The spec's W3C date-times: written in Polish local time with its offset, read only with an explicit zone.</summary>
internal static class Open311Dates
{
    private static readonly string[] Accepted =
        ["yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-ddTHH:mmK"];

    public static string Format(DateTimeOffset utc) => PolishTime.ToWarsaw(utc).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>Parses a date-time that names its zone ("Z" or ±HH:MM); false for anything else, a bare date included.</summary>
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        var trimmed = text.Trim();
        var hasZone = trimmed.EndsWith('Z') || trimmed.EndsWith('z') || (trimmed.Length > 6 && trimmed[^6] is '+' or '-' && trimmed[^3] == ':');
        if (hasZone && DateTimeOffset.TryParseExact(trimmed, Accepted, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            value = value.ToUniversalTime();
            return true;
        }
        value = default;
        return false;
    }
}
