using System.Globalization;
using Eboi.Core.Security;
using Eboi.FaultReports.Domain;
using Eboi.FaultReports.Reports;
using Eboi.FaultReports.Submission;
using Microsoft.EntityFrameworkCore;

namespace Eboi.FaultReports.Open311;

/// <summary>
/// Open311 over the tenant's fault reports: services are the active categories; a POST goes through the web form's
/// submitter (same rules, moderation, event and workflow) as a report that exists at once; reads show approved reports
/// only, never the reporter. A request's id is its number in URL form ("U-2026-00042").
/// </summary>
internal sealed class FaultReportsOpen311Backend(FaultReportStore store, FaultReportSubmitter submitter) : IOpen311Backend
{
    public const string Source = "open311";
    public const string Notice = "Zgłoszenie przyjęte. Pojawi się publicznie po sprawdzeniu przez urząd.";

    // The form's fields as Open311 names them, so an error points at the parameter the client sent.
    private static readonly Dictionary<string, string> Parameters = new()
    {
        [FaultReportRules.Fields.Category] = "service_code",
        [FaultReportRules.Fields.Title] = "description",
        [FaultReportRules.Fields.Description] = "description",
        [FaultReportRules.Fields.Location] = "lat, long",
        [FaultReportRules.Fields.Name] = "first_name, last_name",
        [FaultReportRules.Fields.Email] = "email",
        [FaultReportRules.Fields.Phone] = "phone",
    };

    public async Task<IReadOnlyList<Open311Service>> ServicesAsync(CancellationToken ct) =>
        (await store.CategoriesAsync(activeOnly: true, ct)).Select(c => new Open311Service(c.Key, c.Name, null, c.DepartmentName, [])).ToList();

    public async Task<Open311CreateOutcome> CreateAsync(Open311NewRequest request, ApiKeyIdentity key, CancellationToken ct)
    {
        var categories = await store.CategoriesAsync(activeOnly: true, ct);
        var category = categories.FirstOrDefault(c => c.Key == request.ServiceCode);
        if (category is null) return Open311CreateOutcome.Refused(404, new Open311Error(404, $"service_code: nie ma usługi {request.ServiceCode}."));

        if (request.Email is { } email && !FaultReportRules.IsEmail(email))
            return Open311CreateOutcome.Refused(400, new Open311Error(400, "email: wpisz adres w formacie nazwa@domena.pl albo pomiń to pole."));

        // Photos by URL (media_url) are not fetched: the server would be made to download whatever a client names.
        // The place text leads the coordinates, as the web form's location field takes them ("ul. Polna 5, 52.07, 16.01").
        var location = request.Lat is { } lat && request.Long is { } lon
            ? string.Join(", ", new[] { request.AddressString, string.Create(CultureInfo.InvariantCulture, $"{lat}, {lon}") }.OfType<string>())
            : request.AddressString;
        var name = string.Join(' ', new[] { request.FirstName, request.LastName }.Where(n => !string.IsNullOrWhiteSpace(n)));
        var input = new FaultReportRules.Input(category.Key, TitleOf(request.Description, category.Name), request.Description, location,
            name, request.Email, request.Phone, Anonymous: false);
        var result = await submitter.SubmitAsync(input, [], Reporter.Api(name, request.Email), Source, ct);
        return result.Report is { } report
            ? Open311CreateOutcome.Created(ReportNumber.ToSlug(report.Number), Notice)
            : Open311CreateOutcome.Refused(400, result.Errors.Select(e => new Open311Error(400, $"{Parameters.GetValueOrDefault(e.Field, e.Field)}: {e.Message}")).ToArray());
    }

    public async Task<IReadOnlyList<Open311Request>> RequestsAsync(Open311RequestQuery query, CancellationToken ct)
    {
        var reports = Public();
        if (query.Ids is { } ids)
        {
            var numbers = ids.Select(ReportNumber.FromSlug).OfType<string>().ToList();
            reports = reports.Where(x => numbers.Contains(x.Report.Number));
        }
        else
        {
            reports = reports.Where(x => x.Report.CreatedAt >= query.Start && x.Report.CreatedAt <= query.End);
            if (query.ServiceCodes is { } codes) reports = reports.Where(x => codes.Contains(x.Category.Key));
            if (query.Statuses is { } statuses)
            {
                var ours = statuses.SelectMany(Open311Statuses.Behind).ToList();
                reports = reports.Where(x => ours.Contains(x.Report.Status));
            }
        }
        var rows = await reports.OrderByDescending(x => x.Report.CreatedAt).Take(query.Limit).ToListAsync(ct);
        return await WithNotesAsync(rows, ct);
    }

    public async Task<Open311Request?> RequestAsync(string id, CancellationToken ct)
    {
        if (ReportNumber.FromSlug(id) is not { } number) return null;
        var row = await Public().FirstOrDefaultAsync(x => x.Report.Number == number, ct);
        return row is null ? null : (await WithNotesAsync([row], ct))[0];
    }

    public async Task<IReadOnlyList<Open311Update>> UpdatesAsync(DateTimeOffset start, DateTimeOffset end, CancellationToken ct) =>
        (await (from u in store.Db.Set<FaultUpdate>().AsNoTracking()
                join r in store.Db.Set<FaultReport>() on u.ReportId equals r.Id
                where r.IsPublic && u.CreatedAt >= start && u.CreatedAt <= end
                orderby u.CreatedAt, u.Id
                select new { u.Id, r.Number, u.Status, u.CreatedAt, u.Note }).Take(1000).ToListAsync(ct))
            .Select(u => new Open311Update(u.Id.ToString("N"), ReportNumber.ToSlug(u.Number), Open311Statuses.Extended(u.Status), u.CreatedAt, u.Note, null))
            .ToList();

    private IQueryable<ReportRow> Public() =>
        from r in store.Db.Set<FaultReport>().AsNoTracking()
        join c in store.Db.Set<FaultCategory>() on r.CategoryId equals c.Id
        where r.IsPublic
        select new ReportRow { Report = r, Category = c };

    // The latest public note of each report becomes its status_notes (one query for the page).
    private async Task<IReadOnlyList<Open311Request>> WithNotesAsync(IReadOnlyList<ReportRow> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Report.Id).ToList();
        var notes = (await store.Db.Set<FaultUpdate>().AsNoTracking().Where(u => ids.Contains(u.ReportId) && u.Note != null)
                .Select(u => new { u.ReportId, u.Note, u.CreatedAt }).ToListAsync(ct))
            .GroupBy(u => u.ReportId).ToDictionary(g => g.Key, g => g.MaxBy(u => u.CreatedAt)!.Note);
        return rows.Select(x => new Open311Request(ReportNumber.ToSlug(x.Report.Number), FaultStatus.Open311(x.Report.Status),
            Open311Statuses.Extended(x.Report.Status), notes.GetValueOrDefault(x.Report.Id), x.Category.Name, x.Category.Key, x.Report.Title,
            x.Report.Description, x.Category.DepartmentName, x.Report.CreatedAt, x.Report.UpdatedAt, x.Report.Address,
            (decimal)x.Report.Latitude, (decimal)x.Report.Longitude, null)).ToList();
    }

    // Open311 has no title: the description's first line (cut to the title's length), else the category's name.
    private static string TitleOf(string? description, string categoryName)
    {
        var first = description?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (string.IsNullOrEmpty(first)) return categoryName;
        return first.Length <= FaultReportRules.TitleMax ? first : first[..(FaultReportRules.TitleMax - 1)].TrimEnd() + "…";
    }

    // A class with init members (not a positional record) so EF can keep composing filters on the projection.
    private sealed class ReportRow
    {
        public required FaultReport Report { get; init; }
        public required FaultCategory Category { get; init; }
    }
}
