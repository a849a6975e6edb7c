using Eboi.Core.Events;

namespace Eboi.Forms;

/// <summary>
/// A citizen sent a form and got its UPO. Published once, in the transaction that stores the submission. Carries what
/// an EZD needs to register it (sender, addressee, form and version, the document's and files' digests, the UPO id); <see cref="Link"/> is the absolute address of the citizen's page of it (the UPO is at Link + "/upo").
/// the document, UPO and files themselves are read through <see cref="SubmittedForms"/>. The workflow event
/// "formularze.zlozono" is projected from it.
/// </summary>
[DomainEvent("forms.submitted")]
public sealed record FormSubmitted(
    Guid SubmissionId,
    Guid UserId,
    string SenderName,
    string SenderEmail,
    string FormSlug,
    string FormTitle,
    int FormVersion,
    string Department,
    string? DepartmentEmail,
    Guid UpoId,
    DateTimeOffset SubmittedAt,
    string DocumentSha256,
    IReadOnlyList<SubmittedFile> Files,
    string Link);

/// <summary>A file sent with a form: id (for <see cref="SubmittedForms.OpenFileAsync"/>), the field it answers, name, type, size, SHA-256 (base64).</summary>
public sealed record SubmittedFile(Guid Id, string Field, string FileName, string ContentType, long Size, string Sha256);
