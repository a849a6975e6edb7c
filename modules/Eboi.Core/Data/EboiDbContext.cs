using System.Linq.Expressions;
using Eboi.Core.Modules;
using Eboi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Core.Data;

/// <summary>
/// The one DbContext of the process. Modules add their entities through <see cref="IEboiModule.ConfigureModel"/>;
/// every <see cref="ITenantOwned"/> entity gets a tenant query filter (RLS enforces the same in PostgreSQL).
/// </summary>
public sealed class EboiDbContext(DbContextOptions<EboiDbContext> options, ModuleRegistry modules, ICurrentTenant? currentTenant = null)
    : DbContext(options)
{
    private Guid? _tenantOverride;

    /// <summary>Tenant used by the query filter and the RLS session setting; the request's tenant unless overridden.</summary>
    public Guid? TenantId => _tenantOverride ?? currentTenant?.Tenant?.Id;

    /// <summary>Runs this context for a given tenant (CLI, recipes, jobs). Set before the connection opens.</summary>
    public void UseTenant(Guid? tenantId) => _tenantOverride = tenantId;

    /// <summary>
    /// Named cross-tenant scope of a background worker (session setting app.scope), or null. It widens only the
    /// RLS policies that name this scope explicitly (e.g. the e-mail outbox); every other table stays per tenant.
    /// </summary>
    public string? WorkerScope { get; private set; }

    /// <summary>Marks this context as a background worker's (e.g. "outbox-worker"). Set before the connection opens.</summary>
    public void UseWorkerScope(string? scope) => WorkerScope = scope;

    public DbSet<Tenant> Tenants => Set<Tenant>();
    public DbSet<TenantHost> TenantHosts => Set<TenantHost>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        CoreModel.Configure(modelBuilder);
        foreach (var module in modules.Modules) module.ConfigureModel(modelBuilder);

        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)))
        {
            var filter = typeof(EboiDbContext).GetMethod(nameof(TenantFilter), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(entity.ClrType).Invoke(this, null)!;
            modelBuilder.Entity(entity.ClrType).HasQueryFilter((LambdaExpression)filter);
        }
        SnakeCaseNames.Apply(modelBuilder);
    }

    private Expression<Func<T, bool>> TenantFilter<T>() where T : ITenantOwned => e => e.TenantId == TenantId;
}
