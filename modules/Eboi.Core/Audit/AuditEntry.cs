using Eboi.Core.Data;

namespace Eboi.Core.Audit;

/// <summary>One event in the tenant's audit log: who did what to whom, when and from where.</summary>
public sealed class AuditEntry : ITenantOwned
{
    public long Id { get; set; }
    public Guid TenantId { get; set; }
    public DateTimeOffset At { get; set; }
    public AuditEvent Event { get; set; }
    public Guid? ActorId { get; set; }
    public string? Actor { get; set; }
    public string Subject { get; set; } = "";
    public string? Details { get; set; }
    public string? Ip { get; set; }
}

/// <summary>
/// What the log records: logins, failures, lockouts, role changes, verifications, publications, and what the hosting
/// provider did to the tenant (created, disabled, enabled, host names), so the office sees that too.
/// </summary>
public enum AuditEvent
{
    LoginSucceeded,
    LoginFailed,
    LockedOut,
    Registered,
    PasswordChanged,
    PasswordReset,
    AccountLocked,
    AccountUnlocked,
    RolesChanged,
    VerificationRequested,
    Verified,
    VerificationRejected,
    VerificationRevoked,
    Published,
    Unpublished,
    PersonalDataChanged,
    AccountDeleted,
    TenantCreated,
    TenantDisabled,
    TenantEnabled,
    TenantHostsChanged,
    InvitationResent,
    DraftSaved,
    VersionRestored,
    VerificationReset,
}
