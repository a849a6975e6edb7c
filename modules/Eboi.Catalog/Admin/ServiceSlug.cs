using System.Text;
using System.Text.RegularExpressions;
using Eboi.Catalog.Search;

namespace Eboi.Catalog.Admin;

/// <summary>The address of a card under /katalog-spraw/: the same rule as recipe keys (lower-case ASCII, digits, single hyphens).</summary>
internal static partial class ServiceSlug
{
    public const int MaxLength = 80;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    public static bool IsValid(string slug) => slug.Length <= MaxLength && Pattern().IsMatch(slug);

    /// <summary>"Wydanie dowodu osobistego" → "wydanie-dowodu-osobistego" (Polish letters folded, cut at a word end).</summary>
    public static string FromTitle(string title)
    {
        var sb = new StringBuilder();
        foreach (var ch in SearchQuery.Fold(title.Trim()).ToLowerInvariant())
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(ch);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length > MaxLength) slug = slug[..(slug.LastIndexOf('-', MaxLength) is var cut and > 0 ? cut : MaxLength)].Trim('-');
        return slug;
    }

    /// <summary>"dowod" → "dowod-2": another free address for a generated slug (a typed one is reported instead).</summary>
    public static string WithSuffix(string slug, int n)
    {
        var suffix = "-" + n;
        return (slug.Length + suffix.Length > MaxLength ? slug[..(MaxLength - suffix.Length)].TrimEnd('-') : slug) + suffix;
    }
}
