using Eboi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Content.Data;

/// <summary>EF mapping of the content tables; schema in Data/Migrations.</summary>
internal static class ContentModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<ContentType>(e =>
        {
            e.ToTable("content_types");
            e.HasKey(t => t.Id);
            e.HasIndex(t => new { t.TenantId, t.Name }).IsUnique();
            e.Property(t => t.Fields).HasJsonColumn();
        });
        b.Entity<ContentItem>(e =>
        {
            e.ToTable("content_items");
            e.HasKey(i => i.Id);
            e.HasIndex(i => new { i.TenantId, i.ContentType, i.Key }).IsUnique();
            e.HasMany(i => i.Versions).WithOne().HasForeignKey(v => v.ItemId);
        });
        b.Entity<ContentVersion>(e =>
        {
            e.ToTable("content_versions");
            e.HasKey(v => v.Id);
            e.Property(v => v.Status).HasConversion<string>();
            e.Property(v => v.Data).HasColumnType("jsonb");
            e.HasIndex(v => new { v.TenantId, v.ItemId, v.Number }).IsUnique();
        });
    }
}
