namespace Eboi.Core.Tenancy;

/// <summary>The tenant of the current request or job; null at host level.</summary>
public interface ICurrentTenant
{
    TenantInfo? Tenant { get; }
}

/// <summary>Scoped holder set by the tenant resolution middleware (or by a job / CLI command).</summary>
public sealed class CurrentTenant : ICurrentTenant
{
    public TenantInfo? Tenant { get; set; }
}
