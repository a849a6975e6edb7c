using Eboi.Core.Audit;

namespace Eboi.FaultReports;

/// <summary>What the audit log records about fault reports (names are stored: never rename them).</summary>
public static class FaultReportsAuditEvents
{
    public static readonly AuditEvent Approved = new("FaultReportApproved", "Zatwierdzenie zgłoszenia usterki");
    public static readonly AuditEvent Rejected = new("FaultReportRejected", "Odrzucenie zgłoszenia usterki");
    public static readonly AuditEvent Edited = new("FaultReportEdited", "Zmiana treści zgłoszenia usterki");
    public static readonly AuditEvent PhotoHidden = new("FaultReportPhotoHidden", "Ukrycie lub pokazanie zdjęcia zgłoszenia");
    public static readonly AuditEvent StatusChanged = new("FaultReportStatusChanged", "Zmiana statusu zgłoszenia usterki");
    public static readonly AuditEvent Assigned = new("FaultReportAssigned", "Przypisanie zgłoszenia usterki");
    public static readonly AuditEvent NoteAdded = new("FaultReportNoteAdded", "Notatka wewnętrzna do zgłoszenia");
    public static readonly AuditEvent MarkedDuplicate = new("FaultReportMarkedDuplicate", "Oznaczenie zgłoszenia jako duplikat");
    public static readonly AuditEvent CategorySaved = new("FaultCategorySaved", "Zmiana kategorii usterek");
    public static readonly AuditEvent CategoryDeleted = new("FaultCategoryDeleted", "Usunięcie kategorii usterek");

    public static readonly IReadOnlyList<AuditEvent> All = [Approved, Rejected, Edited, PhotoHidden, StatusChanged, Assigned, NoteAdded, MarkedDuplicate, CategorySaved, CategoryDeleted];
}
