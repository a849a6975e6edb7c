namespace Eboi.Core.Tenancy;

/// <summary>A gmina hosted by this application. Global table (no RLS): it is read before a tenant is known.</summary>
public sealed class Tenant
{
    public Guid Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string OfficeName { get; set; } = "";
    public string Theme { get; set; } = ThemeNames.Base;
    public TenantState State { get; set; } = TenantState.Active;
    public List<string> Modules { get; set; } = [];
    public TenantProfile Profile { get; set; } = new();
    public string? RecipeName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<TenantHost> Hosts { get; set; } = [];
}

public enum TenantState
{
    Active = 0,
    Disabled = 1,
}

/// <summary>A host name that resolves to a tenant (e.g. siedlec.example.pl).</summary>
public sealed class TenantHost
{
    public string Host { get; set; } = "";
    public Guid TenantId { get; set; }
}
