using Eboi.Core.Audit;

namespace Eboi.Forms;

/// <summary>What the audit log records about forms (names are stored: never rename them).</summary>
public static class FormsAuditEvents
{
    public static readonly AuditEvent FormSaved = new("FormDefinitionSaved", "Zapisanie wersji formularza");
    public static readonly AuditEvent SubmissionViewed = new("FormSubmissionViewed", "Wgląd w złożony formularz");
    public static readonly AuditEvent AttachmentViewed = new("FormAttachmentViewed", "Pobranie załącznika złożonego formularza");

    public static readonly IReadOnlyList<AuditEvent> All = [FormSaved, SubmissionViewed, AttachmentViewed];
}
