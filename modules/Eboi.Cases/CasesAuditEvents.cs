using Eboi.Core.Audit;

namespace Eboi.Cases;

/// <summary>What the audit log records about cases (names are stored: never rename them).</summary>
public static class CasesAuditEvents
{
    public static readonly AuditEvent Imported = new("CasesImport", "Import spraw z EZD");
    public static readonly AuditEvent InboxAcknowledged = new("CaseInboxAcknowledged", "Potwierdzenie odbioru przez EZD");
    public static readonly AuditEvent CaseViewed = new("CaseViewed", "Wgląd pracownika w sprawę");
    public static readonly AuditEvent DocumentViewed = new("CaseDocumentViewed", "Wgląd pracownika w pismo w sprawie");
    public static readonly AuditEvent CaseCreated = new("CaseCreated", "Założenie sprawy w rejestrze");
    public static readonly AuditEvent OfficerAssigned = new("CaseOfficerAssigned", "Wyznaczenie prowadzącego sprawę");
    public static readonly AuditEvent StageAdded = new("CaseStageAdded", "Nowy etap sprawy");
    public static readonly AuditEvent DocumentSent = new("CaseDocumentSent", "Pismo wychodzące w sprawie");
    public static readonly AuditEvent MessagesViewed = new("CaseMessagesViewed", "Wgląd pracownika w wiadomości mieszkańców");

    public static readonly IReadOnlyList<AuditEvent> All =
        [Imported, InboxAcknowledged, CaseViewed, DocumentViewed, CaseCreated, OfficerAssigned, StageAdded, DocumentSent, MessagesViewed];
}
