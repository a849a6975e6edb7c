using Eboi.Core.Data;
using Eboi.Forms.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Forms.Data;

/// <summary>EF mapping of the forms tables; schema in Data/Migrations.</summary>
internal static class FormsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<FormDraft>(e =>
        {
            e.ToTable("form_drafts");
            e.HasKey(d => d.Id);
            e.Property(d => d.Answers).HasJsonColumn();
            e.HasIndex(d => new { d.TenantId, d.UserId, d.UpdatedAt });
        });
        b.Entity<FormSubmission>(e =>
        {
            e.ToTable("form_submissions");
            e.HasKey(s => s.Id);
            e.Property(s => s.Answers).HasJsonColumn();
            e.HasIndex(s => new { s.TenantId, s.UserId, s.SubmittedAt });
            e.HasIndex(s => new { s.TenantId, s.SubmittedAt });
            e.HasIndex(s => new { s.TenantId, s.UpoId }).IsUnique();
        });
        b.Entity<FormAttachment>(e =>
        {
            e.ToTable("form_attachments");
            e.HasKey(a => a.Id);
            e.HasIndex(a => new { a.TenantId, a.ParentId });
        });
        b.Entity<UpoSigningKey>(e =>
        {
            e.ToTable("upo_signing_keys");
            e.HasKey(k => k.Id);
            e.HasIndex(k => k.TenantId).IsUnique();
        });
    }
}
