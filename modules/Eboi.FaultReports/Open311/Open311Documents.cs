
namespace Eboi.FaultReports.Open311;

/// <summary>The spec's response shapes, built from the backend's records (element names as GeoReport v2 and mySociety name them).</summary>
internal static class Open311Documents
{
    public const string Specification = "http://wiki.open311.org/GeoReport_v2";

    /// <summary>When this endpoint's behaviour last changed (discovery's changeset).</summary>
    public static readonly DateTimeOffset Changeset = new(2026, 11, 28, 0, 0, 0, TimeSpan.Zero);

    public static Open311Document Services(IReadOnlyList<Open311Service> services) =>
        new("services", new Open311List("service", services.Select(s => (Open311Value)Open311Object.Of(
            ("service_code", Text(s.Code)),
            ("service_name", Text(s.Name)),
            ("description", Text(s.Description)),
            ("metadata", new Open311Bool(false)),
            ("type", Text("realtime")),
            ("keywords", Text(string.Join(",", s.Keywords))),
            ("group", Text(s.Group)))).ToList()));

    // No category asks for extra attributes, so every definition has an empty list (and services say metadata=false).
    public static Open311Document Definition(Open311Service service) =>
        new("service_definition", Open311Object.Of(("service_code", Text(service.Code)), ("attributes", new Open311List("attribute", []))));

    public static Open311Document Created(string id, string? notice) =>
        new("service_requests", new Open311List("request",
            [Open311Object.Of(("service_request_id", Text(id)), ("service_notice", Text(notice)), ("account_id", Text(null)))]));

    public static Open311Document Token(string token, string id) =>
        new("service_requests", new Open311List("request", [Open311Object.Of(("service_request_id", Text(id)), ("token", Text(token)))]));

    public static Open311Document Requests(IEnumerable<Open311Request> requests) =>
        new("service_requests", new Open311List("request", requests.Select(Request).ToList()));

    public static Open311Document Updates(IEnumerable<Open311Update> updates) =>
        new("service_request_updates", new Open311List("request_update", updates.Select(u => (Open311Value)Open311Object.Of(
            ("update_id", Text(u.UpdateId)),
            ("service_request_id", Text(u.RequestId)),
            ("status", Text(u.Status)),
            ("updated_datetime", Text(Open311Dates.Format(u.UpdatedAt))),
            ("description", Text(u.Description)),
            ("media_url", Text(u.MediaUrl)))).ToList()));

    public static Open311Document Errors(IEnumerable<Open311Error> errors) =>
        new("errors", new Open311List("error", errors.Select(e => (Open311Value)Open311Object.Of(
            ("code", new Open311Number(e.Code)), ("description", Text(e.Description)))).ToList()));

    public static Open311Document Discovery(string endpointUrl, string contact, string keyService) =>
        new("discovery", Open311Object.Of(
            ("changeset", Text(Open311Dates.Format(Changeset))),
            ("contact", Text(contact)),
            ("key_service", Text(keyService)),
            ("endpoints", new Open311List("endpoint",
            [
                Open311Object.Of(
                    ("specification", Text(Specification)),
                    ("url", Text(endpointUrl)),
                    ("changeset", Text(Open311Dates.Format(Changeset))),
                    ("type", Text("production")),
                    ("formats", new Open311List("format", Open311Formats.Advertised.Select(f => (Open311Value)Text(f)).ToList()))),
            ]))));

    private static Open311Value Request(Open311Request r) => Open311Object.Of(
        ("service_request_id", Text(r.Id)),
        ("status", Text(r.Status)),
        ("extended_status", Text(r.ExtendedStatus)),
        ("status_notes", Text(r.StatusNotes)),
        ("service_name", Text(r.ServiceName)),
        ("service_code", Text(r.ServiceCode)),
        ("title", Text(r.Title)),
        ("description", Text(r.Description)),
        ("agency_responsible", Text(r.AgencyResponsible)),
        ("service_notice", Text(null)),
        ("requested_datetime", Text(Open311Dates.Format(r.RequestedAt))),
        ("updated_datetime", Text(Open311Dates.Format(r.UpdatedAt))),
        ("expected_datetime", Text(null)),
        ("address", Text(r.Address)),
        ("address_id", Text(null)),
        ("zipcode", Text(null)),
        ("lat", r.Lat is { } lat ? new Open311Number(lat) : Text(null)),
        ("long", r.Long is { } lon ? new Open311Number(lon) : Text(null)),
        ("media_url", Text(r.MediaUrl)));

    private static Open311Text Text(string? value) => new(value);
}
