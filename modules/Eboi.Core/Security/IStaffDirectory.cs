namespace Eboi.Core.Security;

/// <summary>
/// The current tenant's office staff as other modules may see them (implemented by Users): roles, and the active,
/// unblocked members of a role, for notifications, assignment and e-mail to a role. Reads only; tenant from the request or unit of work.
/// </summary>
public interface IStaffDirectory
{
    /// <summary>The tenant's role names, in display order.</summary>
    Task<IReadOnlyList<string>> RolesAsync(CancellationToken ct);

    /// <summary>Active staff holding <paramref name="role"/> (empty for an unknown role).</summary>
    Task<IReadOnlyList<StaffMember>> InRoleAsync(string role, CancellationToken ct);

    /// <summary>Active staff holding a role that grants <paramref name="permission"/>.</summary>
    Task<IReadOnlyList<StaffMember>> WithPermissionAsync(string permission, CancellationToken ct);

    /// <summary>One staff member by id, or null (unknown, blocked, or not staff).</summary>
    Task<StaffMember?> FindAsync(Guid userId, CancellationToken ct);
}

/// <summary>A staff member: id, display name and e-mail address.</summary>
public sealed record StaffMember(Guid Id, string Name, string Email);
