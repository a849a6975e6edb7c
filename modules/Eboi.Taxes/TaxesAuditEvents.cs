using Eboi.Core.Audit;

namespace Eboi.Taxes;

/// <summary>What the audit log records about tax data (names are stored: never rename them).</summary>
public static class TaxesAuditEvents
{
    public static readonly AuditEvent Imported = new("TaxImport", "Import kartotek podatkowych");
    public static readonly AuditEvent TaxpayerViewed = new("TaxpayerViewed", "Wgląd pracownika w dane podatkowe");
    public static readonly AuditEvent TaxpayersSearched = new("TaxpayersSearched", "Wyszukiwanie podatników przez pracownika");
    public static readonly AuditEvent TaxpayerLinked = new("TaxpayerLinked", "Połączenie podatnika z kontem");
    public static readonly AuditEvent TaxpayerUnlinked = new("TaxpayerUnlinked", "Rozłączenie podatnika z kontem");

    public static readonly IReadOnlyList<AuditEvent> All = [Imported, TaxpayerViewed, TaxpayersSearched, TaxpayerLinked, TaxpayerUnlinked];
}
