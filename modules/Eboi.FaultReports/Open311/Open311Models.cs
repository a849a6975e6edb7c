namespace Eboi.FaultReports.Open311;

/// <summary>A service of the list: its code, Polish name and description, group (the handling department) and keywords.</summary>
internal sealed record Open311Service(string Code, string Name, string? Description, string? Group, IReadOnlyList<string> Keywords);

/// <summary>A POSTed request after the protocol checks (coordinates parsed, lengths checked), before the backend's own.</summary>
internal sealed record Open311NewRequest(
    string ServiceCode,
    decimal? Lat,
    decimal? Long,
    string? AddressString,
    string? AddressId,
    string? Email,
    string? FirstName,
    string? LastName,
    string? Phone,
    string? Description,
    string? MediaUrl,
    string? DeviceId,
    string? AccountId);

/// <summary>The backend's answer to a POST: the new request's id and notice, or errors with the HTTP status to answer.</summary>
internal sealed record Open311CreateOutcome(string? RequestId, string? ServiceNotice, int Status, IReadOnlyList<Open311Error> Errors)
{
    public static Open311CreateOutcome Created(string id, string? notice) => new(id, notice, 200, []);

    public static Open311CreateOutcome Refused(int status, params Open311Error[] errors) => new(null, null, status, errors);
}

/// <summary>One error of the spec's error list: a code (often the HTTP status) and a description.</summary>
internal sealed record Open311Error(int Code, string Description);

/// <summary>A request as the public may see it (never the reporter's name or contact).</summary>
/// <param name="Status">"open" or "closed" (the spec's two values).</param>
/// <param name="ExtendedStatus">mySociety's extended status (IN_PROGRESS, FIXED…), for clients that read it.</param>
internal sealed record Open311Request(
    string Id,
    string Status,
    string ExtendedStatus,
    string? StatusNotes,
    string ServiceName,
    string ServiceCode,
    string? Title,
    string? Description,
    string? AgencyResponsible,
    DateTimeOffset RequestedAt,
    DateTimeOffset UpdatedAt,
    string? Address,
    decimal? Lat,
    decimal? Long,
    string? MediaUrl);

/// <summary>GET /requests filters after parsing: ids override everything else; the period is at most 90 days.</summary>
internal sealed record Open311RequestQuery(
    IReadOnlyList<string>? Ids,
    IReadOnlyList<string>? ServiceCodes,
    DateTimeOffset Start,
    DateTimeOffset End,
    IReadOnlySet<string>? Statuses,
    int Limit);

/// <summary>One public update of a request (mySociety's servicerequestupdates).</summary>
internal sealed record Open311Update(string UpdateId, string RequestId, string Status, DateTimeOffset UpdatedAt, string? Description, string? MediaUrl);
