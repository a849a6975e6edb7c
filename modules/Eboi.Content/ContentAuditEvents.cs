using Eboi.Core.Audit;

namespace Eboi.Content;

/// <summary>What the audit log records about content (names are stored: never rename them).</summary>
public static class ContentAuditEvents
{
    public static readonly AuditEvent Published = new("Published", "Publikacja treści");
    public static readonly AuditEvent Unpublished = new("Unpublished", "Wycofanie treści");
    public static readonly AuditEvent DraftSaved = new("DraftSaved", "Zapisanie wersji roboczej treści");
    public static readonly AuditEvent VersionRestored = new("VersionRestored", "Przywrócenie wersji treści");

    public static readonly IReadOnlyList<AuditEvent> All = [Published, Unpublished, DraftSaved, VersionRestored];
}
