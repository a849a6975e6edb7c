using Eboi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Core.Data;

/// <summary>EF mapping of the kernel's own tables (tenants, tenant_hosts); schema in Data/Migrations/core-0001.sql.</summary>
internal static class CoreModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Tenant>(e =>
        {
            e.ToTable("tenants");
            e.HasKey(t => t.Id);
            e.HasIndex(t => t.Slug).IsUnique();
            e.Property(t => t.State).HasConversion<string>();
            e.Property(t => t.Profile).HasJsonColumn();
            e.HasMany(t => t.Hosts).WithOne().HasForeignKey(h => h.TenantId);
        });
        b.Entity<TenantHost>(e =>
        {
            e.ToTable("tenant_hosts");
            e.HasKey(h => h.Host);
        });
        b.Entity<Audit.AuditEntry>(e =>
        {
            e.ToTable("audit_log");
            e.HasKey(a => a.Id);
            e.Property(a => a.Id).UseIdentityAlwaysColumn();
        });
        Jobs.JobsModel.Configure(b);
    }
}
