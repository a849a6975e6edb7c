namespace Eboi.Core.Tenancy;

/// <summary>The small immutable per-request view of a tenant, cached by <see cref="TenantRegistry"/>.</summary>
public sealed record TenantInfo(
    Guid Id,
    string Slug,
    string Name,
    string OfficeName,
    string Theme,
    bool Enabled,
    IReadOnlySet<string> Modules,
    IReadOnlyList<string> Hosts,   // the canonical host first
    TenantProfile Profile)
{
    public bool HasModule(string module) => Modules.Contains(module);

    public static TenantInfo From(Tenant t) => new(
        t.Id, t.Slug, t.Name, t.OfficeName, t.Theme, t.State == TenantState.Active,
        new HashSet<string>(t.Modules, StringComparer.Ordinal),
        t.OrderedHosts.ToList(), t.Profile);
}
