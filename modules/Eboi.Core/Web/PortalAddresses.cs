using Eboi.Core.Data;
using Eboi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eboi.Core.Web;

/// <summary>The canonical address (<see cref="PortalAddress"/>) of the tenant the unit of work is set to, for services that put links in mail.</summary>
public sealed class PortalAddresses(EboiDbContext db, TenantRegistry registry, IOptions<EboiOptions> options)
{
    public async Task<string> CurrentAsync(CancellationToken ct = default)
    {
        var id = db.TenantId ?? throw new InvalidOperationException("Links are built for a tenant: set the tenant first.");
        if (await registry.FindByIdAsync(id, ct) is { } known) return PortalAddress.Of(known, options.Value.PublicUrl);
        // A recipe creating a tenant (and inviting its first admin) runs in its transaction, before the registry knows it.
        var staged = await db.Tenants.AsNoTracking().Include(t => t.Hosts).FirstOrDefaultAsync(t => t.Id == id, ct)
            ?? throw new InvalidOperationException($"Tenant {id} does not exist.");
        return PortalAddress.Of(staged.Slug, staged.OrderedHosts.ToList(), options.Value.PublicUrl);
    }
}
