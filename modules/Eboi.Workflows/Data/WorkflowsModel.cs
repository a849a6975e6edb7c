using Eboi.Core.Data;
using Eboi.Workflows.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Workflows.Data;

/// <summary>EF mapping of the workflow tables; schema in Data/Migrations/0001_workflows.sql.</summary>
internal static class WorkflowsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<WorkflowDefinition>(e =>
        {
            e.ToTable("workflow_definitions");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.TenantId, x.Key }).IsUnique();
            e.Property(x => x.Graph).HasJsonColumn();
        });
        b.Entity<WorkflowVersion>(e =>
        {
            e.ToTable("workflow_versions");
            e.HasKey(x => new { x.DefinitionId, x.Version });
            e.Property(x => x.Graph).HasJsonColumn();
            e.HasOne<WorkflowDefinition>().WithMany().HasForeignKey(x => x.DefinitionId);
        });
        b.Entity<WorkflowInstance>(e =>
        {
            e.ToTable("workflow_instances");
            e.HasKey(x => x.Id);
            e.Property(x => x.Status).HasConversion<string>();
            e.Property(x => x.Values).HasJsonColumn();
            e.HasOne<WorkflowVersion>().WithMany().HasForeignKey(x => new { x.DefinitionId, x.Version });
        });
        b.Entity<WorkflowJournalEntry>(e =>
        {
            e.ToTable("workflow_journal");
            e.HasKey(x => x.Id);
            e.HasOne<WorkflowInstance>().WithMany().HasForeignKey(x => x.InstanceId);
        });
        b.Entity<StaffNotification>(e =>
        {
            e.ToTable("staff_notifications");
            e.HasKey(x => x.Id);
        });
        b.Entity<WorkflowSettings>(e =>
        {
            e.ToTable("workflow_settings");
            e.HasKey(x => x.TenantId);
            e.Property(x => x.TenantId).ValueGeneratedNever();
        });
    }
}
