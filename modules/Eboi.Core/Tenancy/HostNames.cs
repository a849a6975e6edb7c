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

    /// <summary>
    /// What is wrong with giving this host to a tenant, or null. <paramref name="reservedHost"/> is the host the host
    /// panel answers on: a tenant owning it would turn the host portal into that gmina's portal.
    /// </summary>
    public static string? Problem(string host, string? reservedHost) =>
        !IsValid(host) ? $"„{host}” nie jest poprawną nazwą hosta (małe litery, cyfry, myślniki i kropki, bez portu i http://)."
        : string.Equals(host, reservedHost, StringComparison.OrdinalIgnoreCase) ? $"Pod adresem „{host}” działa panel operatora i portal główny; nie może go przejąć urząd."
        : null;

    /// <summary>Splits what an operator typed (one per line, or separated by commas or spaces).</summary>
    public static IReadOnlyList<string> Parse(string? text) =>
        (text ?? "").Split(['\n', '\r', ',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Normalize).Where(h => h.Length > 0).Distinct().ToList();
}
