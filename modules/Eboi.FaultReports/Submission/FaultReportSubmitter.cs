using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Eboi.Core.Data;
using Eboi.Core.Events;
using Eboi.Core.Files;
using Eboi.Core.Text;
using Eboi.Core.Web;
using Eboi.Email;
using Eboi.FaultReports.Domain;
using Eboi.FaultReports.Email;
using Eboi.FaultReports.Events;
using Eboi.FaultReports.Photos;
using Eboi.FaultReports.Reports;
using Microsoft.EntityFrameworkCore;

namespace Eboi.FaultReports.Submission;

/// <summary>
/// Files a citizen's report (web form and Open311 alike): checks it, processes the photos, numbers it and saves it with
/// its first timeline entry. A signed-in (or API) report exists for staff at once and publishes
/// <see cref="FaultReportSubmitted"/> in the same SaveChanges; an anonymous one is kept unconfirmed and its reporter is
/// mailed a link (<see cref="ConfirmAsync"/>), after which it exists and the event is published.
/// </summary>
internal sealed class FaultReportSubmitter(FaultReportStore store, FaultReportSnapshots snapshots, IDomainEventPublisher events, IEmailOutbox outbox,
    IFileStore files, PortalAddresses portal, TimeProvider clock)
{
    public static readonly TimeSpan ConfirmationValidity = TimeSpan.FromHours(48);

    public sealed record Result(FaultReport? Report, IReadOnlyList<(string Field, string Message)> Errors)
    {
        public bool NeedsConfirmation => Report is { Moderation: ModerationState.AwaitingEmail };
    }

    public async Task<Result> SubmitAsync(FaultReportRules.Input input, IReadOnlyList<UploadedPhoto> photos, Reporter reporter, string source, CancellationToken ct)
    {
        var categories = await store.CategoriesAsync(activeOnly: true, ct);
        var map = await store.MapAsync(ct);
        var checkedInput = FaultReportRules.Check(input with { Anonymous = reporter.IsAnonymous }, categories.Select(c => c.Key).ToList(), map.Box);
        var errors = checkedInput.Errors.ToList();

        var processed = new List<PhotoProcessor.Processed>();
        if (photos.Count > FaultReportRules.MaxPhotos)
            errors.Add((FaultReportRules.Fields.Photos, $"Możesz dołączyć najwyżej {FaultReportRules.MaxPhotos} zdjęcia."));
        else
            foreach (var photo in photos)
            {
                var (ok, error) = PhotoProcessor.Process(photo.Content, photo.FileName);
                if (error is not null) errors.Add((FaultReportRules.Fields.Photos, error));
                else processed.Add(ok!);
            }
        if (errors.Count > 0) return new(null, errors);

        var category = categories.Single(c => c.Key == input.CategoryKey);
        var now = clock.GetUtcNow();
        var report = new FaultReport
        {
            Id = Guid.CreateVersion7(),
            TenantId = store.TenantId,
            Number = await store.NextNumberAsync(PolishTime.ToWarsaw(now).Year, ct),
            Title = checkedInput.Title,
            Description = checkedInput.Description,
            Address = checkedInput.Address,
            CategoryId = category.Id,
            Status = FaultStatus.New,
            ReporterUserId = reporter.UserId,
            ReporterName = reporter.IsAnonymous ? checkedInput.Name : reporter.Name ?? "",
            ReporterEmail = reporter.IsAnonymous ? checkedInput.Email : reporter.Email ?? "",
            ReporterPhone = checkedInput.Phone,
            Source = source,
            CreatedAt = now,
            UpdatedAt = now,
        };
        report.Place(checkedInput.Lat, checkedInput.Lon);
        store.Db.Add(report);
        store.Db.Add(new FaultUpdate { Id = Guid.CreateVersion7(), TenantId = report.TenantId, ReportId = report.Id, Status = FaultStatus.New, CreatedAt = now });

        for (var i = 0; i < processed.Count; i++)
        {
            var key = PhotoKey(report.Id, i + 1);
            using var content = new MemoryStream(processed[i].Jpeg);
            await files.PutAsync(report.TenantId, key, content, "image/jpeg", ct);
            store.Db.Add(new FaultPhoto
            {
                Id = Guid.CreateVersion7(), TenantId = report.TenantId, ReportId = report.Id, Position = i + 1, FileKey = key,
                Width = processed[i].Width, Height = processed[i].Height, CreatedAt = now,
            });
        }

        if (reporter.IsAnonymous)
        {
            var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            report.Moderation = ModerationState.AwaitingEmail;
            report.ConfirmTokenHash = Hash(token);
            report.ConfirmExpiresAt = now + ConfirmationValidity;
            var link = (await portal.CurrentAsync(ct)).TrimEnd('/') + FaultReportsPaths.Confirm(token);
            await outbox.EnqueueAsync(new OutgoingEmail(FaultReportEmailTemplates.ConfirmAddress, report.ReporterEmail, new Dictionary<string, string>
            {
                [FaultReportEmailTemplates.ConfirmValues.Tytul] = report.Title,
                [FaultReportEmailTemplates.ConfirmValues.Link] = link,
                [FaultReportEmailTemplates.ConfirmValues.WaznyDo] = PolishTime.Format(report.ConfirmExpiresAt.Value),
            }), ct);
        }
        else
        {
            report.Moderation = ModerationState.Queued;
            report.ConfirmedAt = now;
            events.Publish(new FaultReportSubmitted(await snapshots.OfAsync(report, category, ct)));
        }
        await store.Db.SaveChangesAsync(ct);
        return new(report, []);
    }

    /// <summary>Opens an anonymous report's e-mailed link: the report now exists for staff. Null for an unknown, used or expired link.</summary>
    public async Task<FaultReport?> ConfirmAsync(string token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100) return null;
        var hash = Hash(token);
        var report = await store.Db.Set<FaultReport>().FirstOrDefaultAsync(r => r.ConfirmTokenHash == hash, ct);
        var now = clock.GetUtcNow();
        if (report is null || report.Moderation != ModerationState.AwaitingEmail || report.ConfirmExpiresAt < now) return null;
        report.Moderation = ModerationState.Queued;
        report.ConfirmTokenHash = null;
        report.ConfirmExpiresAt = null;
        report.ConfirmedAt = now;
        report.UpdatedAt = now;
        var category = (await store.CategoryAsync(report.CategoryId, ct))!;
        events.Publish(new FaultReportSubmitted(await snapshots.OfAsync(report, category, ct)));
        await store.Db.SaveChangesAsync(ct);
        return report;
    }

    public static string PhotoKey(Guid reportId, int position) => string.Create(CultureInfo.InvariantCulture, $"usterki/{reportId:N}/{position}.jpg");

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
