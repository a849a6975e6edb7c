using Eboi.Core.Security;

namespace Eboi.FaultReports.Open311;

/// <summary>
/// What the Open311 endpoints need from the records behind them (fault reports), for the request's tenant. The
/// endpoints own the protocol (parameters, formats, errors, keys); the backend owns validation, moderation and storage.
/// </summary>
internal interface IOpen311Backend
{
    /// <summary>The services (report categories) a client may post to, in display order.</summary>
    Task<IReadOnlyList<Open311Service>> ServicesAsync(CancellationToken ct);

    /// <summary>Creates a request through the same validation, moderation and workflow as the web form.</summary>
    Task<Open311CreateOutcome> CreateAsync(Open311NewRequest request, ApiKeyIdentity key, CancellationToken ct);

    /// <summary>Public requests matching the query, newest first, at most <see cref="Open311RequestQuery.Limit"/>.</summary>
    Task<IReadOnlyList<Open311Request>> RequestsAsync(Open311RequestQuery query, CancellationToken ct);

    /// <summary>One public request, or null (unknown, or not public yet).</summary>
    Task<Open311Request?> RequestAsync(string id, CancellationToken ct);

    /// <summary>Public updates (status changes with their notes) made in the period, oldest first.</summary>
    Task<IReadOnlyList<Open311Update>> UpdatesAsync(DateTimeOffset start, DateTimeOffset end, CancellationToken ct);
}
