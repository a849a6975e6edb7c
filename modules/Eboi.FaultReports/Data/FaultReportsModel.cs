using Eboi.FaultReports.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.FaultReports.Data;

/// <summary>EF mapping of the fault report tables; schema in Data/Migrations.</summary>
internal static class FaultReportsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<FaultCategory>(e =>
        {
            e.ToTable("fault_categories");
            e.HasKey(c => c.Id);
            e.HasIndex(c => new { c.TenantId, c.Key }).IsUnique();
        });
        b.Entity<FaultMapSettings>(e =>
        {
            e.ToTable("fault_map_settings");
            e.HasKey(s => s.TenantId);
            e.Ignore(s => s.Box);
        });
        b.Entity<FaultReportCounter>(e =>
        {
            e.ToTable("fault_report_counters");
            e.HasKey(c => new { c.TenantId, c.Year });
        });
        b.Entity<FaultReport>(e =>
        {
            e.ToTable("fault_reports");
            e.HasKey(r => r.Id);
            e.Property(r => r.Location).HasColumnType("point");
            e.HasIndex(r => new { r.TenantId, r.Number }).IsUnique();
            e.HasOne<FaultCategory>().WithMany().HasForeignKey(r => r.CategoryId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<FaultPhoto>(e =>
        {
            e.ToTable("fault_photos");
            e.HasKey(p => p.Id);
            // Declared so EF inserts the report before its rows in one SaveChanges.
            e.HasOne<FaultReport>().WithMany().HasForeignKey(p => p.ReportId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<FaultUpdate>(e =>
        {
            e.ToTable("fault_updates");
            e.HasKey(u => u.Id);
            // Declared so EF inserts the report before its rows in one SaveChanges.
            e.HasOne<FaultReport>().WithMany().HasForeignKey(u => u.ReportId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<FaultNote>(e =>
        {
            e.ToTable("fault_notes");
            e.HasKey(n => n.Id);
            // Declared so EF inserts the report before its rows in one SaveChanges.
            e.HasOne<FaultReport>().WithMany().HasForeignKey(n => n.ReportId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
