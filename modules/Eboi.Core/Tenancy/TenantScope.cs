namespace Eboi.Core.Tenancy;

/// <summary>Where an endpoint may answer: inside a tenant, at host level (hosting provider), or both.</summary>
public enum TenantScope
{
    Tenant,
    Host,
    Any,
}

/// <summary>Marks a page or endpoint with the scope it answers in (pages default to <see cref="TenantScope.Tenant"/>).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class TenantScopeAttribute(TenantScope scope) : Attribute
{
    public TenantScope Scope { get; } = scope;
}

/// <summary>Host-level page (the hosting provider's portal and panel).</summary>
public sealed class HostOnlyAttribute() : Attribute;

/// <summary>Page that answers both at host level and inside a tenant (error pages).</summary>
public sealed class AnyScopeAttribute() : Attribute;
