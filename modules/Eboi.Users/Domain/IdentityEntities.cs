using Eboi.Core.Data;
using Microsoft.AspNetCore.Identity;

namespace Eboi.Users.Domain;

// ASP.NET Identity's satellite entities, each carrying tenant_id so RLS covers them like every tenant-owned row.
// TenantId is stamped on insert by Core's TenantStampInterceptor (Identity's stores create these objects).

/// <summary>A role of one tenant (Administrator, Redaktor, Urzędnik, Referent podatkowy, Moderator).</summary>
internal sealed class EboiRole : IdentityRole<Guid>, ITenantOwned
{
    public Guid TenantId { get; set; }
}

internal sealed class EboiUserRole : IdentityUserRole<Guid>, ITenantOwned
{
    public Guid TenantId { get; set; }
}

internal sealed class EboiUserClaim : IdentityUserClaim<Guid>, ITenantOwned
{
    public Guid TenantId { get; set; }
}

internal sealed class EboiUserLogin : IdentityUserLogin<Guid>, ITenantOwned
{
    public Guid TenantId { get; set; }
}

internal sealed class EboiUserToken : IdentityUserToken<Guid>, ITenantOwned
{
    public Guid TenantId { get; set; }
}

internal sealed class EboiRoleClaim : IdentityRoleClaim<Guid>, ITenantOwned
{
    public Guid TenantId { get; set; }
}
