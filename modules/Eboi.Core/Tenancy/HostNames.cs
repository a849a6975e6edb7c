using System.Text.RegularExpressions;

namespace Eboi.Core.Tenancy;

/// <summary>Host names a tenant answers on (RFC 1123, lower case, no port): the same rule as recipe.schema.json.</summary>
public static partial class HostNames
{
    public const int MaxLength = 253;

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$")]
    private static partial Regex Pattern();

    public static string Normalize(string host) => host.Trim().TrimEnd('.').ToLowerInvariant();

    public static bool IsValid(string host) => host.Length <= MaxLength && Pattern().IsMatch(host);

    /// <summary>Splits what an operator typed (one per line, or separated by commas or spaces).</summary>
    public static IReadOnlyList<string> Parse(string? text) =>
        (text ?? "").Split(['\n', '\r', ',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Normalize).Where(h => h.Length > 0).Distinct().ToList();
}
