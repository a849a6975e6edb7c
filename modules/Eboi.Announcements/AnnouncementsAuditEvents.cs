using Eboi.Core.Audit;

namespace Eboi.Announcements;

/// <summary>What the audit log records about announcements (names are stored: never rename them).</summary>
public static class AnnouncementsAuditEvents
{
    public static readonly AuditEvent Added = new("AnnouncementAdded", "Dodanie ogłoszenia");
    public static readonly AuditEvent Changed = new("AnnouncementChanged", "Zmiana ogłoszenia");
    public static readonly AuditEvent Deleted = new("AnnouncementDeleted", "Usunięcie ogłoszenia");

    public static readonly IReadOnlyList<AuditEvent> All = [Added, Changed, Deleted];
}
