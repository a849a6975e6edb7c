using Eboi.Email.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Email.Data;

/// <summary>EF mapping of the e-mail tables; schema (and the outbox's worker policy) in Data/Migrations/0001_email.sql.</summary>
internal static class EmailModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<EmailOutboxMessage>(e =>
        {
            e.ToTable("email_outbox");
            e.HasKey(m => m.Id);
            e.Property(m => m.Status).HasConversion<string>();
        });
        b.Entity<EmailTemplate>(e =>
        {
            e.ToTable("email_templates");
            e.HasKey(t => new { t.TenantId, t.Key });
        });
    }
}
