using System.Globalization;
using Eboi.Core.Data;
using Eboi.Core.Events;
using Eboi.Core.Security;
using Eboi.Core.Tenancy;
using Eboi.Core.Web;
using Eboi.Forms.Attachments;
using Eboi.Forms.Definitions;
using Eboi.Forms.Domain;
using Eboi.Forms.Receipts;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Forms.Submitting;

/// <summary>
/// Sends a verified citizen's draft: checks it against its form version, writes the submitted document, issues the
/// UPO signed with the tenant's key, removes the draft (the submission keeps its id) and publishes
/// <see cref="FormSubmitted"/> and queues it for the office's EZD, all in one SaveChanges. A draft sent twice (double click, back button) is sent once.
/// </summary>
internal sealed class FormSubmitter(EboiDbContext db, FormCatalog catalog, AttachmentIntake attachments, ICitizenDirectory citizens, ICurrentTenant tenant,
    UpoKeys keys, FormInbox inbox, IDomainEventPublisher events, PortalAddresses portal, TimeProvider clock)
{
    public sealed record Result(FormSubmission? Submission, IReadOnlyList<FieldError> Errors);

    public async Task<Result> SubmitAsync(FormDraft draft, CancellationToken ct)
    {
        var form = await catalog.VersionAsync(draft.FormItemId, draft.FormVersion, ct) ?? throw new InvalidOperationException($"Form version {draft.FormItemId}/{draft.FormVersion} is gone.");
        var files = await attachments.OfAsync(draft.Id, ct);
        var check = FormValidator.Check(form.Fields, draft.Answers.ToDictionary(kv => kv.Key, kv => (string?)kv.Value), files.Select(f => f.Field).ToHashSet());
        if (!check.IsValid) return new(null, check.Errors);
        var sender = await citizens.FindAsync(draft.UserId, ct);
        if (sender is not { IsVerified: true }) throw new InvalidOperationException("Only a verified citizen sends forms.");
        var office = tenant.Tenant ?? throw new InvalidOperationException("No tenant.");

        using var certificate = await keys.SigningCertificateAsync(office.OfficeName, ct);
        var now = clock.GetUtcNow();
        var docSender = new SubmissionDocument.Sender(sender.DisplayName, sender.Email ?? "", sender.Pesel, sender.Nip);
        var document = SubmissionDocument.Write(draft.Id, form, now, docSender, check.Answers, files);
        var digest = SubmissionDocument.Sha256(document);
        var upoId = Guid.CreateVersion7();
        var (idType, id) = sender.Pesel is { Length: > 0 } ? ("PESEL", sender.Pesel) : sender.Nip is { Length: > 0 } ? ("NIP", sender.Nip) : ("email", sender.Email);
        var upo = UpoXml.Sign(UpoXml.Build(new UpoData(
            upoId, office.OfficeName, office.Slug, $"{office.OfficeName}: {form.Content.Department}", sender.DisplayName, idType, id, now, now,
            draft.Id, form.Title, string.Create(CultureInfo.InvariantCulture, $"{form.Slug}, wersja {form.Version}"), digest,
            [.. files.Select(f => new UpoAttachment(f.FileName, f.ContentType, f.Size, f.Sha256))])), certificate);

        var submission = new FormSubmission
        {
            Id = draft.Id, TenantId = draft.TenantId, UserId = draft.UserId, FormItemId = form.ItemId, FormVersion = form.Version,
            FormSlug = form.Slug, FormTitle = form.Title, Answers = new(check.Answers), Document = document, DocumentSha256 = digest,
            SenderName = sender.DisplayName, SenderEmail = sender.Email ?? "", SenderPesel = sender.Pesel, SenderNip = sender.Nip,
            Department = form.Content.Department, DepartmentEmail = form.Content.DepartmentEmail, SubmittedAt = now, UpoId = upoId, UpoXml = upo,
        };
        // Queued in this unit of work: the EZD pulls exactly the submissions that were saved.
        submission.InboxItemId = await inbox.QueueAsync(submission, files, ct);
        db.Add(submission);
        db.Remove(draft);
        events.Publish(new FormSubmitted(submission.Id, submission.UserId, submission.SenderName, submission.SenderEmail, form.Slug, form.Title, form.Version,
            submission.Department, submission.DepartmentEmail, upoId, now, digest, [.. files.Select(f => f.ToSubmittedFile())],
            (await portal.CurrentAsync(ct)).TrimEnd('/') + FormsPaths.Submission(submission.Id)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same draft was sent by a parallel request a moment ago (same id): that submission stands.
            db.ChangeTracker.Clear();
            if (await db.Set<FormSubmission>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == draft.Id, ct) is { } earlier) return new(earlier, []);
            throw;
        }
        return new(submission, []);
    }
}
