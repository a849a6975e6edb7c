using Eboi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Core.Tenancy;

/// <summary>The hosting provider's operations on tenants (CLI and host panel): list, enable, disable.</summary>
public sealed class TenantAdministration(EboiDbContext db, TenantRegistry registry, TimeProvider clock)
{
    public async Task<IReadOnlyList<Tenant>> ListAsync(CancellationToken ct = default) =>
        await db.Tenants.AsNoTracking().Include(t => t.Hosts).OrderBy(t => t.Slug).ToListAsync(ct);

    /// <summary>Sets the tenant's state; returns false when no tenant has that slug.</summary>
    public async Task<bool> SetStateAsync(string slug, TenantState state, CancellationToken ct = default)
    {
        var rows = await db.Tenants.Where(t => t.Slug == slug)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.State, state).SetProperty(t => t.UpdatedAt, clock.GetUtcNow()), ct);
        registry.Invalidate();
        return rows > 0;
    }
}
