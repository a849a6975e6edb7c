using Eboi.Core.Audit;

namespace Eboi.Payments;

/// <summary>What the audit log records about payments: every staff look at citizens' payments (names are stored: never rename them).</summary>
public static class PaymentsAuditEvents
{
    public static readonly AuditEvent ListViewed = new("PaymentsListViewed", "Przeglądanie listy płatności");
    public static readonly AuditEvent Viewed = new("PaymentViewed", "Wgląd w płatność");
    public static readonly AuditEvent Exported = new("PaymentsExported", "Eksport płatności do CSV");

    public static readonly IReadOnlyList<AuditEvent> All = [ListViewed, Viewed, Exported];
}
