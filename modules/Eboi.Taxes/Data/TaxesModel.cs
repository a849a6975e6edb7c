using Eboi.Taxes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Taxes.Data;

/// <summary>EF mapping of the tax card tables; schema in Data/Migrations.</summary>
internal static class TaxesModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Taxpayer>(e =>
        {
            e.ToTable("tax_taxpayers");
            e.HasKey(t => t.Id);
            e.HasIndex(t => new { t.TenantId, t.ExternalId }).IsUnique();
        });
        b.Entity<TaxCard>(e =>
        {
            e.ToTable("tax_cards");
            e.HasKey(c => c.Id);
            e.Property(c => c.Kind).HasConversion<string>();
            e.HasIndex(c => new { c.TenantId, c.ExternalId }).IsUnique();
            e.HasIndex(c => new { c.TenantId, c.Number }).IsUnique();
        });
        b.Entity<CardObligor>(e =>
        {
            e.ToTable("tax_card_obligors");
            e.HasKey(o => o.Id);
            e.HasIndex(o => new { o.CardId, o.TaxpayerId }).IsUnique();
            e.HasOne<TaxCard>().WithMany().HasForeignKey(o => o.CardId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Taxpayer>().WithMany().HasForeignKey(o => o.TaxpayerId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<TaxSubject>(e =>
        {
            e.ToTable("tax_subjects");
            e.HasKey(s => s.Id);
            e.Property(s => s.Area).HasColumnType("numeric(14,4)");
            e.Property(s => s.Rate).HasColumnType("numeric(12,4)");
            e.Property(s => s.Amount).HasColumnType("numeric(12,2)");
            e.HasOne<TaxCard>().WithMany().HasForeignKey(s => s.CardId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<TaxDecision>(e =>
        {
            e.ToTable("tax_decisions");
            e.HasKey(d => d.Id);
            e.HasIndex(d => new { d.TenantId, d.ExternalId }).IsUnique();
            e.HasOne<TaxCard>().WithMany().HasForeignKey(d => d.CardId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Instalment>(e =>
        {
            e.ToTable("tax_instalments");
            e.HasKey(i => i.Id);
            e.Property(i => i.Amount).HasColumnType("numeric(12,2)");
            e.HasIndex(i => new { i.DecisionId, i.Number }).IsUnique();
            e.HasIndex(i => new { i.CardId, i.DueDate });
            e.HasOne<TaxDecision>().WithMany().HasForeignKey(i => i.DecisionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<TaxCard>().WithMany().HasForeignKey(i => i.CardId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<TaxOperation>(e =>
        {
            e.ToTable("tax_operations");
            e.HasKey(o => o.Id);
            e.Property(o => o.Amount).HasColumnType("numeric(12,2)");
            e.HasIndex(o => new { o.TenantId, o.ExternalId }).IsUnique();
            e.HasIndex(o => new { o.CardId, o.Date });
            e.HasOne<TaxCard>().WithMany().HasForeignKey(o => o.CardId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<OperationAllocation>(e =>
        {
            e.ToTable("tax_operation_allocations");
            e.HasKey(a => a.Id);
            e.Property(a => a.ToArrears).HasColumnType("numeric(12,2)");
            e.Property(a => a.ToInterest).HasColumnType("numeric(12,2)");
            e.HasIndex(a => a.InstalmentId);
            e.HasOne<TaxOperation>().WithMany().HasForeignKey(a => a.OperationId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Instalment>().WithMany().HasForeignKey(a => a.InstalmentId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<InstalmentReminder>(e =>
        {
            e.ToTable("tax_reminders");
            e.HasKey(r => r.Id);
            e.HasIndex(r => new { r.TenantId, r.InstalmentId, r.Kind }).IsUnique();
            e.HasIndex(r => r.InstalmentId);
            e.HasOne<Instalment>().WithMany().HasForeignKey(r => r.InstalmentId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
