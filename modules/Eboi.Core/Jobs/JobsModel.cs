using Eboi.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Core.Jobs;

/// <summary>EF mapping of the events and jobs tables; schema in Data/Migrations/0008_jobs.sql.</summary>
internal static class JobsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<DomainEventRecord>(e =>
        {
            e.ToTable("domain_events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Payload).HasColumnType("jsonb");
        });
        b.Entity<JobDelivery>(e =>
        {
            e.ToTable("job_deliveries");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>();
            e.Property(x => x.Status).HasConversion<string>();
            // Known to EF so the event row is inserted before its deliveries (foreign key).
            e.HasOne<DomainEventRecord>().WithMany().HasForeignKey(x => x.EventId);
        });
        b.Entity<JobSchedule>(e =>
        {
            e.ToTable("job_schedules");
            e.HasKey(x => x.Name);
        });
    }
}
