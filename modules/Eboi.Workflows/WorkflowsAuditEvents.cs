using Eboi.Core.Audit;

namespace Eboi.Workflows;

/// <summary>What the audit log records about workflows (names are stored: never rename them).</summary>
public static class WorkflowsAuditEvents
{
    public static readonly AuditEvent Created = new("WorkflowCreated", "Dodanie procesu");
    public static readonly AuditEvent Changed = new("WorkflowChanged", "Zmiana procesu (nowa wersja)");
    public static readonly AuditEvent Enabled = new("WorkflowEnabled", "Włączenie procesu");
    public static readonly AuditEvent Disabled = new("WorkflowDisabled", "Wyłączenie procesu");
    public static readonly AuditEvent Imported = new("WorkflowImported", "Import procesu z pliku JSON");
    public static readonly AuditEvent Retried = new("WorkflowInstanceRetried", "Ponowienie przebiegu procesu");
    public static readonly AuditEvent RetentionChanged = new("WorkflowRetentionChanged", "Zmiana okresu przechowywania przebiegów");
    public static readonly AuditEvent Note = new("WorkflowNote", "Wpis z procesu (zadanie „Zapis w dzienniku”)");

    public static readonly IReadOnlyList<AuditEvent> All = [Created, Changed, Enabled, Disabled, Imported, Retried, RetentionChanged, Note];
}
