using Eboi.Core.Data;

namespace Eboi.FaultReports.Domain;

/// <summary>A staff-only note on a report (never public).</summary>
internal sealed class FaultNote : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid ReportId { get; set; }
    public string Author { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
