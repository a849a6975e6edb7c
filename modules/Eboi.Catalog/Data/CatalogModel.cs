using Microsoft.EntityFrameworkCore;

namespace Eboi.Catalog.Data;

/// <summary>EF mapping of the catalog's own table (service_directory); cards themselves are content items.</summary>
internal static class CatalogModel
{
    public static void Configure(ModelBuilder b) =>
        b.Entity<ServiceDirectoryEntry>(e =>
        {
            e.ToTable("service_directory");
            e.HasKey(x => new { x.TenantId, x.ServiceKey });
        });
}
