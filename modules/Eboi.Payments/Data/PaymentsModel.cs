using Eboi.Core.Data;
using Eboi.Payments.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Payments.Data;

/// <summary>EF mapping of the payment tables; schema in Data/Migrations.</summary>
internal static class PaymentsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<PaymentCounter>(e =>
        {
            e.ToTable("payment_counters");
            e.HasKey(c => new { c.TenantId, c.Year });
        });
        b.Entity<Payment>(e =>
        {
            e.ToTable("payments");
            e.HasKey(p => p.Id);
            e.Ignore(p => p.TotalGrosze);
            e.Property(p => p.Amount).HasPrecision(12, 2);
            e.Property(p => p.Commission).HasPrecision(12, 2);
            e.Property(p => p.Total).HasPrecision(12, 2);
            e.HasIndex(p => new { p.TenantId, p.Reference }).IsUnique();
            e.HasIndex(p => new { p.TenantId, p.PayerUserId, p.IdempotencyKey }).IsUnique();
        });
        b.Entity<PaymentLineRow>(e =>
        {
            e.ToTable("payment_lines");
            e.HasKey(l => l.Id);
            e.Property(l => l.Amount).HasPrecision(12, 2);
            // Declared so EF inserts the payment before its lines in one SaveChanges.
            e.HasOne<Payment>().WithMany().HasForeignKey(l => l.PaymentId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<PaymentSettings>(e =>
        {
            e.ToTable("payment_settings");
            e.HasKey(s => s.TenantId);
            e.Property(s => s.Fees).HasJsonColumn().IsRequired();
            e.HasIndex(s => s.MerchantId).IsUnique();
        });
        b.Entity<PaymentNotification>(e =>
        {
            e.ToTable("payment_notifications");
            e.HasKey(n => n.Id);
        });
    }
}
