using Eboi.Core.Data;
using Eboi.Core.Security;
using Eboi.Users.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Users.Staff;

/// <summary>
/// <see cref="IStaffDirectory"/> over the tenant's roles and accounts: staff are accounts holding a role, active when
/// their e-mail is confirmed and they are not blocked. Reads only, with the context's tenant (request or unit of work).
/// </summary>
internal sealed class StaffDirectory(EboiDbContext db) : IStaffDirectory
{
    public async Task<IReadOnlyList<string>> RolesAsync(CancellationToken ct) =>
        await db.Set<EboiRole>().AsNoTracking().OrderBy(r => r.Name).Select(r => r.Name!).ToListAsync(ct);

    public async Task<IReadOnlyList<StaffMember>> InRoleAsync(string role, CancellationToken ct)
    {
        var roleIds = db.Set<EboiRole>().Where(r => r.Name == role).Select(r => r.Id);
        return await MembersAsync(db.Set<EboiUserRole>().Where(ur => roleIds.Contains(ur.RoleId)).Select(ur => ur.UserId), ct);
    }

    public async Task<IReadOnlyList<StaffMember>> WithPermissionAsync(string permission, CancellationToken ct)
    {
        var roleIds = db.Set<EboiRoleClaim>().Where(c => c.ClaimType == Permissions.ClaimType && c.ClaimValue == permission).Select(c => c.RoleId);
        return await MembersAsync(db.Set<EboiUserRole>().Where(ur => roleIds.Contains(ur.RoleId)).Select(ur => ur.UserId), ct);
    }

    public async Task<StaffMember?> FindAsync(Guid userId, CancellationToken ct) =>
        (await MembersAsync(db.Set<EboiUserRole>().Where(ur => ur.UserId == userId).Select(ur => ur.UserId), ct)).SingleOrDefault();

    private async Task<IReadOnlyList<StaffMember>> MembersAsync(IQueryable<Guid> userIds, CancellationToken ct)
    {
        var users = await db.Set<EboiUser>().AsNoTracking()
            .Where(u => userIds.Contains(u.Id) && u.BlockedAt == null && u.EmailConfirmed && u.Email != null)
            .OrderBy(u => u.LastName).ThenBy(u => u.FirstName).ThenBy(u => u.Email)
            .ToListAsync(ct);
        return users.Select(u => new StaffMember(u.Id, u.DisplayName.Length > 0 ? u.DisplayName : u.Email!, u.Email!)).ToList();
    }
}
