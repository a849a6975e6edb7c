using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Eboi.HostPanel.Tenants;

/// <summary>
/// The hosting provider's operations on tenants (CLI and host panel): list, enable, disable, host names. Each
/// change is written to the tenant's own audit log, so the office sees what the provider did.
/// </summary>
internal sealed class TenantAdministration(EboiDbContext db, TenantRegistry registry, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<Tenant>> ListAsync(CancellationToken ct = default) =>
        await db.Tenants.AsNoTracking().Include(t => t.Hosts).OrderBy(t => t.Slug).ToListAsync(ct);

    public Task<Tenant?> FindAsync(string slug, CancellationToken ct = default) =>
        db.Tenants.AsNoTracking().Include(t => t.Hosts).FirstOrDefaultAsync(t => t.Slug == slug, ct);

    /// <summary>Sets the tenant's state (disabling ends its sessions); returns false when no tenant has that slug.</summary>
    public async Task<bool> SetStateAsync(string slug, TenantState state, CancellationToken ct = default)
    {
        var tenant = await db.Tenants.FirstOrDefaultAsync(t => t.Slug == slug, ct);
        if (tenant is null) return false;
        if (tenant.State != state)
        {
            tenant.State = state;
            tenant.UpdatedAt = clock.GetUtcNow();
            // Every session open at the moment of disabling ends for good (enabling does not revive it).
            if (state == TenantState.Disabled) tenant.SessionsValidFrom = tenant.UpdatedAt;
            // The audit row belongs to the tenant: RLS needs its id on the connection.
            db.UseTenant(tenant.Id);
            audit.Add(state == TenantState.Disabled ? HostPanelAuditEvents.TenantDisabled : HostPanelAuditEvents.TenantEnabled, tenant.Slug);
            await db.SaveChangesAsync(ct);
        }
        registry.Invalidate();
        return true;
    }

    /// <summary>
    /// Replaces the tenant's host names. Returns the problems (Polish, one per host, see <see cref="HostNames.Problem"/>)
    /// and changes nothing if there are any.
    /// </summary>
    public async Task<IReadOnlyList<string>> SetHostsAsync(string slug, IReadOnlyList<string> hosts, string? reservedHost, CancellationToken ct = default)
    {
        var tenant = await db.Tenants.Include(t => t.Hosts).FirstOrDefaultAsync(t => t.Slug == slug, ct)
            ?? throw new InvalidOperationException($"No tenant {slug}");
        var errors = hosts.Select(h => HostNames.Problem(h, reservedHost)).OfType<string>().ToList();
        var taken = await db.TenantHosts.AsNoTracking().Where(h => hosts.Contains(h.Host) && h.TenantId != tenant.Id)
            .Join(db.Tenants, h => h.TenantId, t => t.Id, (h, t) => new { h.Host, t.Slug }).ToListAsync(ct);
        errors.AddRange(taken.Select(h => $"Host „{h.Host}” należy już do urzędu „{h.Slug}”."));
        if (errors.Count > 0) return errors;

        var before = tenant.OrderedHosts.ToList();
        if (before.SequenceEqual(hosts)) return [];
        // The order is kept as given: the first host is the canonical address of the portal.
        tenant.Hosts.RemoveAll(h => !hosts.Contains(h.Host));
        tenant.AddHosts(hosts);
        for (var i = 0; i < hosts.Count; i++) tenant.Hosts.Single(h => h.Host == hosts[i]).Position = i;
        tenant.UpdatedAt = clock.GetUtcNow();
        db.UseTenant(tenant.Id);
        audit.Add(HostPanelAuditEvents.TenantHostsChanged, tenant.Slug, $"{string.Join(", ", before)} → {string.Join(", ", hosts)}");
        await db.SaveChangesAsync(ct);
        registry.Invalidate();
        return [];
    }
}
