using System.Globalization;
using System.Text.RegularExpressions;

namespace Eboi.FaultReports.Domain;

/// <summary>
/// A report's number, unique in its tenant: "U/2026/00042" (year of submission, a per-tenant counter). In URLs the
/// slashes become dashes ("U-2026-00042") so the number is one path segment.
/// </summary>
internal static partial class ReportNumber
{
    public static string Format(int year, int sequence) => string.Create(CultureInfo.InvariantCulture, $"U/{year:D4}/{sequence:D5}");

    public static string ToSlug(string number) => number.Replace('/', '-');

    /// <summary>The number from its URL form (or as displayed); null when it is not one.</summary>
    public static string? FromSlug(string? slug)
    {
        if (slug is null) return null;
        var m = Pattern().Match(slug.Trim());
        return m.Success ? Format(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)) : null;
    }

    [GeneratedRegex(@"^[Uu][-/](\d{4})[-/](\d{1,9})$")]
    private static partial Regex Pattern();
}
