namespace Eboi.HostPanel.Domain;

/// <summary>
/// An account of the hosting provider (host panel). Kept apart from the tenants' Identity users on purpose: an
/// operator belongs to no gmina, and no tenant account can ever reach the host panel.
/// </summary>
internal sealed class HostOperator
{
    public Guid Id { get; set; }

    /// <summary>Lower-case login (often an e-mail address).</summary>
    public string Login { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string PasswordHash { get; set; } = "";

    /// <summary>Changes with the password; a session issued before the change stops working.</summary>
    public string SecurityStamp { get; set; } = "";

    /// <summary>Set when another operator blocks the account (CLI); a password reset does not lift it.</summary>
    public DateTimeOffset? BlockedAt { get; set; }
    public DateTimeOffset? LastLoginAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
