using Eboi.Announcements.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Announcements.Data;

/// <summary>EF mapping of the announcements table; schema in Data/Migrations.</summary>
internal static class AnnouncementsModel
{
    public static void Configure(ModelBuilder b) => b.Entity<Announcement>(e =>
    {
        e.ToTable("announcements");
        e.HasKey(a => a.Id);
        e.HasIndex(a => new { a.TenantId, a.VisibleFrom });
        e.HasIndex(a => new { a.TenantId, a.Key }).IsUnique().HasFilter("key IS NOT NULL");
    });
}
