using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Eboi.FaultReports.Open311;

/// <summary>Reads parameters the way the spec says: an empty parameter is the same as an absent one.</summary>
internal static class Open311Parameters
{
    public static string? Optional(StringValues values) =>
        values.FirstOrDefault() is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public static string? Optional(IQueryCollection query, string name) => Optional(query[name]);

    public static string? Optional(IFormCollection form, string name) => Optional(form[name]);

    /// <summary>A comma-separated list without empty items; null when absent or empty.</summary>
    public static IReadOnlyList<string>? List(string? value) =>
        value?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } items ? items : null;
}
