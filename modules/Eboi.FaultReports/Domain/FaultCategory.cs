using Eboi.Core.Data;

namespace Eboi.FaultReports.Domain;

/// <summary>A kind of fault citizens pick (road, lighting, waste…) with the department that handles it; <see cref="Key"/> is the recipe's.</summary>
internal sealed class FaultCategory : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public string DepartmentName { get; set; } = "";
    public string DepartmentEmail { get; set; } = "";
    public bool Active { get; set; } = true;
    public int SortOrder { get; set; }

    /// <summary>When staff last changed it in the panel; the recipe step then no longer overwrites it.</summary>
    public DateTimeOffset? StaffEditedAt { get; set; }
}
