using Eboi.Core.Data;

namespace Eboi.FaultReports.Domain;

/// <summary>The last number given in a tenant's year (incremented by one UPDATE … RETURNING, so two submissions never share one).</summary>
internal sealed class FaultReportCounter : ITenantOwned
{
    public Guid TenantId { get; set; }
    public int Year { get; set; }
    public int Last { get; set; }
}
