using Microsoft.AspNetCore.Http;

namespace Eboi.FaultReports.Open311;

/// <summary>GET /requests parameters to a query, or the 400 errors the spec asks for.</summary>
internal static class RequestQueryParser
{
    /// <summary>The spec's default and largest period.</summary>
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(90);

    /// <summary>The spec's default limit of one answer.</summary>
    public const int Limit = 1000;

    private static readonly HashSet<string> KnownStatuses = new(StringComparer.Ordinal) { "open", "closed" };

    public static (Open311RequestQuery? Query, IReadOnlyList<Open311Error> Errors) Parse(IQueryCollection query, DateTimeOffset now)
    {
        var errors = new List<Open311Error>();
        var ids = Open311Parameters.List(Open311Parameters.Optional(query, "service_request_id"));
        var codes = Open311Parameters.List(Open311Parameters.Optional(query, "service_code"));

        DateTimeOffset? start = null, end = null;
        if (Open311Parameters.Optional(query, "start_date") is { } startText)
        {
            if (Open311Dates.TryParse(startText, out var parsed)) start = parsed;
            else errors.Add(new(400, "start_date: podaj datę i godzinę ze strefą czasową, np. 2026-11-01T00:00:00+01:00."));
        }
        if (Open311Parameters.Optional(query, "end_date") is { } endText)
        {
            if (Open311Dates.TryParse(endText, out var parsed)) end = parsed;
            else errors.Add(new(400, "end_date: podaj datę i godzinę ze strefą czasową, np. 2026-11-30T23:59:59+01:00."));
        }

        HashSet<string>? statuses = null;
        if (Open311Parameters.List(Open311Parameters.Optional(query, "status")) is { } statusList)
        {
            statuses = statusList.Select(s => s.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            if (!statuses.IsSubsetOf(KnownStatuses)) errors.Add(new(400, "status: dozwolone wartości to open i closed (można obie, po przecinku)."));
        }
        if (errors.Count > 0) return (null, errors);

        // Only an end: the 90 days before it; only a start: 90 days from it; neither: the last 90 days.
        var to = end ?? (start is { } s ? s + MaxPeriod : now);
        var from = start ?? to - MaxPeriod;
        if (from > to) return (null, [new(400, "start_date jest późniejsza niż end_date.")]);
        if (ids is null && to - from > MaxPeriod) return (null, [new(400, "Okres od start_date do end_date może mieć najwyżej 90 dni.")]);
        return (new Open311RequestQuery(ids, codes, from, to, statuses, Limit), []);
    }
}
