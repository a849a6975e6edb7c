using System.Text.Json;
using Eboi.Cases;
using Eboi.Forms.Domain;

namespace Eboi.Forms.Submitting;

/// <summary>Queues a submission for the office's EZD (Cases' inbox pull): the answers, the UPO id, the document digest and the attachments.</summary>
internal sealed class FormInbox(ICaseInbox inbox)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Adds the item to the caller's unit of work (not saved here) and returns its id.</summary>
    public Task<Guid> QueueAsync(FormSubmission s, IReadOnlyList<FormAttachment> files, CancellationToken ct)
    {
        var body = JsonSerializer.Serialize(new
        {
            submissionId = s.Id, formSlug = s.FormSlug, formVersion = s.FormVersion, formTitle = s.FormTitle, department = s.Department,
            submittedAt = s.SubmittedAt, answers = s.Answers, upoId = s.UpoId, documentSha256 = s.DocumentSha256,
        }, Json);
        return inbox.AddAsync(new CaseInboxItem(CaseInboxKinds.Form, s.UserId, s.FormTitle, body,
            [.. files.Select(f => new CaseInboxAttachment(f.FileKey, f.FileName, f.ContentType))]), ct);
    }
}
