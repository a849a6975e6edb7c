namespace Eboi.Users.Invitation;

/// <summary>An office employee to invite: address, optional names, and the tenant's roles to give (which must exist).</summary>
internal sealed record StaffInvitation(string Email, string? FirstName, string? LastName, IReadOnlyCollection<string> Roles);
