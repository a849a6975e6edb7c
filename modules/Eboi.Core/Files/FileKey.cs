using System.Text.RegularExpressions;

namespace Eboi.Core.Files;

/// <summary>
/// The rules for a file key: '/'-separated segments of ASCII letters, digits, '.', '-' and '_', each starting with a
/// letter or digit (so no "..", no hidden names), no leading '/', no '\', ':' or '%' (nothing is decoded).
/// </summary>
public static partial class FileKey
{
    public const int MaxLength = 200;
    public const int MaxSegments = 8;

    public static bool IsValid(string? key) =>
        key is { Length: > 0 and <= MaxLength }
        && key.Split('/') is { Length: <= MaxSegments } segments
        && segments.All(s => Segment().IsMatch(s));

    /// <summary>Throws <see cref="ArgumentException"/> for a key that breaks the rules.</summary>
    public static string Require(string? key) =>
        IsValid(key) ? key! : throw new ArgumentException($"Invalid file key '{key}': use letters, digits, '.', '-', '_' and '/' between segments.", nameof(key));

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex Segment();
}
