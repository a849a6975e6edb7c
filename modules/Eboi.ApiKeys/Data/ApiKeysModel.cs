using Eboi.ApiKeys.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.ApiKeys.Data;

/// <summary>EF mapping of the api_keys table; schema in Data/Migrations.</summary>
internal static class ApiKeysModel
{
    public static void Configure(ModelBuilder b) => b.Entity<ApiKey>(e =>
    {
        e.ToTable("api_keys");
        e.HasKey(k => k.Id);
        e.HasIndex(k => new { k.TenantId, k.Prefix }).IsUnique();
        e.Ignore(k => k.IsRevoked);
    });
}
