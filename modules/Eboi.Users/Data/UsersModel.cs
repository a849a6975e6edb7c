using Eboi.Core.Data;
using Eboi.Users.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Users.Data;

/// <summary>
/// EF mapping of the Identity tables with tenant_id leading every unique key (the same e-mail may register in two
/// gminy independently). Mirrors IdentityDbContext's configuration; schema in Data/Migrations/0001_users.sql.
/// </summary>
internal static class UsersModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<EboiUser>(e =>
        {
            e.ToTable("users");
            e.HasKey(u => u.Id);
            e.HasIndex(u => new { u.TenantId, u.NormalizedUserName }).IsUnique();
            e.HasIndex(u => new { u.TenantId, u.NormalizedEmail }).IsUnique();
            e.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
            e.Property(u => u.UserName).HasMaxLength(256);
            e.Property(u => u.NormalizedUserName).HasMaxLength(256);
            e.Property(u => u.Email).HasMaxLength(256);
            e.Property(u => u.NormalizedEmail).HasMaxLength(256);
            e.Property(u => u.Kind).HasConversion<string>();
            e.Property(u => u.Verification).HasConversion<string>();
            e.Ignore(u => u.DisplayName);
            e.Property(u => u.Notifications).HasJsonColumn();
            e.HasMany<EboiUserClaim>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
            e.HasMany<EboiUserLogin>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
            e.HasMany<EboiUserToken>().WithOne().HasForeignKey(t => t.UserId).IsRequired();
            e.HasMany<EboiUserRole>().WithOne().HasForeignKey(r => r.UserId).IsRequired();
        });
        b.Entity<EboiRole>(e =>
        {
            e.ToTable("roles");
            e.HasKey(r => r.Id);
            e.HasIndex(r => new { r.TenantId, r.NormalizedName }).IsUnique();
            e.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
            e.Property(r => r.Name).HasMaxLength(256);
            e.Property(r => r.NormalizedName).HasMaxLength(256);
            e.HasMany<EboiUserRole>().WithOne().HasForeignKey(ur => ur.RoleId).IsRequired();
            e.HasMany<EboiRoleClaim>().WithOne().HasForeignKey(rc => rc.RoleId).IsRequired();
        });
        b.Entity<EboiUserClaim>(e => { e.ToTable("user_claims"); e.HasKey(c => c.Id); });
        b.Entity<EboiRoleClaim>(e => { e.ToTable("role_claims"); e.HasKey(c => c.Id); });
        b.Entity<EboiUserRole>(e => { e.ToTable("user_roles"); e.HasKey(r => new { r.UserId, r.RoleId }); });
        b.Entity<EboiUserLogin>(e =>
        {
            e.ToTable("user_logins");
            e.HasKey(l => new { l.TenantId, l.LoginProvider, l.ProviderKey });
            e.Property(l => l.LoginProvider).HasMaxLength(128);
            e.Property(l => l.ProviderKey).HasMaxLength(128);
        });
        b.Entity<EboiUserToken>(e =>
        {
            e.ToTable("user_tokens");
            e.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
            e.Property(t => t.LoginProvider).HasMaxLength(128);
            e.Property(t => t.Name).HasMaxLength(128);
        });
    }
}
