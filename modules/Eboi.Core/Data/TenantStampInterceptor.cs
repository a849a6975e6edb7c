using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Eboi.Core.Data;

/// <summary>
/// Stamps new tenant-owned rows with the context's tenant (framework code such as ASP.NET Identity's stores creates
/// entities without knowing about tenants) and refuses a write for another tenant before PostgreSQL's RLS would.
/// </summary>
public sealed class TenantStampInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Stamp(DbContext? context)
    {
        if (context is not EboiDbContext db) return;
        foreach (var entry in db.ChangeTracker.Entries<ITenantOwned>().Where(e => e.State == EntityState.Added))
        {
            if (entry.Entity.TenantId == Guid.Empty)
                entry.Entity.TenantId = db.TenantId ?? throw new InvalidOperationException($"New {entry.Entity.GetType().Name} without a tenant.");
            else if (db.TenantId is { } tenant && entry.Entity.TenantId != tenant)
                throw new InvalidOperationException($"A {entry.Entity.GetType().Name} of another tenant cannot be written from this tenant's context.");
        }
    }
}
