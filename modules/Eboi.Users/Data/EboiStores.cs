using Eboi.Core.Data;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Eboi.Users.Data;

/// <summary>Identity's EF user store over the shared EboiDbContext (tenant filter and RLS apply to every query).</summary>
internal sealed class EboiUserStore(EboiDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<EboiUser, EboiRole, EboiDbContext, Guid, EboiUserClaim, EboiUserRole, EboiUserLogin, EboiUserToken, EboiRoleClaim>(context, describer);

/// <summary>Identity's EF role store over the shared EboiDbContext.</summary>
internal sealed class EboiRoleStore(EboiDbContext context, IdentityErrorDescriber? describer = null)
    : RoleStore<EboiRole, EboiDbContext, Guid, EboiUserRole, EboiRoleClaim>(context, describer);
