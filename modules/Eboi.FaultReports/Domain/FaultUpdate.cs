using Eboi.Core.Data;

namespace Eboi.FaultReports.Domain;

/// <summary>An entry of a report's public timeline: the status it moved to and the office's public note.</summary>
internal sealed class FaultUpdate : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid ReportId { get; set; }
    public string Status { get; set; } = "";
    public string? Note { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
