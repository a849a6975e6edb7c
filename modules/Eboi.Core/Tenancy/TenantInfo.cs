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
    TenantProfile Profile,
    DateTimeOffset? SessionsValidFrom = null)
{
    /// <summary>
    /// Whether a session (auth cookie) issued at <paramref name="issuedAt"/> may still be used here. Cookies keep their
    /// issue time in whole seconds, so the cut-off is too (a login right after re-enabling must not be refused).
    /// </summary>
    public bool AcceptsSessionIssuedAt(DateTimeOffset? issuedAt) =>
        Enabled && (SessionsValidFrom is not { } from || issuedAt is { } at && at >= from.AddTicks(-(from.Ticks % TimeSpan.TicksPerSecond)));

    public bool HasModule(string module) => Modules.Contains(module);

    public static TenantInfo From(Tenant t) => new(
        t.Id, t.Slug, t.Name, t.OfficeName, t.Theme, t.State == TenantState.Active,
        new HashSet<string>(t.Modules, StringComparer.Ordinal),
        t.OrderedHosts.ToList(), t.Profile, t.SessionsValidFrom);
}
