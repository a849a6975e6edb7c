namespace Eboi.Core.Data;

/// <summary>A row that belongs to one tenant: column tenant_id, EF query filter and PostgreSQL RLS policy.</summary>
public interface ITenantOwned
{
    Guid TenantId { get; set; }
}
