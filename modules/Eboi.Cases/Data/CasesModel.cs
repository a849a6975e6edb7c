using Eboi.Cases.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Cases.Data;

/// <summary>EF mapping of the case tables; schema in Data/Migrations.</summary>
internal static class CasesModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Case>(e =>
        {
            e.ToTable("cases");
            e.HasKey(c => c.Id);
            e.Ignore(c => c.Officer);
            e.Ignore(c => c.IsClosed);
            e.HasIndex(c => new { c.TenantId, c.Sign }).IsUnique();
            e.HasIndex(c => new { c.TenantId, c.ExternalId }).IsUnique().HasFilter("external_id IS NOT NULL");
        });
        b.Entity<CaseStage>(e =>
        {
            e.ToTable("case_stages");
            e.HasKey(s => s.Id);
            e.HasOne<Case>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<CaseParty>(e =>
        {
            e.ToTable("case_parties");
            e.HasKey(p => p.Id);
            e.HasOne<Case>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<CaseDocument>(e =>
        {
            e.ToTable("case_documents");
            e.HasKey(d => d.Id);
            e.HasIndex(d => new { d.TenantId, d.ExternalId }).IsUnique().HasFilter("external_id IS NOT NULL");
            e.HasOne<Case>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<DocumentFile>(e =>
        {
            e.ToTable("case_document_files");
            e.HasKey(f => f.Id);
            e.HasOne<CaseDocument>().WithMany().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<InboxItem>(e =>
        {
            e.ToTable("case_inbox");
            e.HasKey(i => i.Id);
            e.Property(i => i.Body).HasColumnType("jsonb");
            e.Property(i => i.Attachments).HasColumnType("jsonb");
        });
        b.Entity<CaseMessage>(e =>
        {
            e.ToTable("case_messages");
            e.HasKey(m => m.Id);
            e.HasOne<Case>().WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<InboxItem>().WithMany().HasForeignKey(m => m.InboxItemId);
        });
        b.Entity<CaseCounter>(e =>
        {
            e.ToTable("case_counters");
            e.HasKey(c => new { c.TenantId, c.Unit, c.Jrwa, c.Year });
        });
    }
}
