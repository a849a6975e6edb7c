using Eboi.Core.Audit;

namespace Eboi.Users;

/// <summary>What the audit log records about accounts: logins, registration, passwords, roles, verification (names are stored: never rename them).</summary>
public static class UsersAuditEvents
{
    public static readonly AuditEvent LoginSucceeded = new("LoginSucceeded", "Logowanie");
    public static readonly AuditEvent LoginFailed = new("LoginFailed", "Nieudane logowanie");
    public static readonly AuditEvent LockedOut = new("LockedOut", "Blokada po nieudanych logowaniach");
    public static readonly AuditEvent Registered = new("Registered", "Rejestracja konta");
    public static readonly AuditEvent PasswordChanged = new("PasswordChanged", "Zmiana hasła");
    public static readonly AuditEvent PasswordReset = new("PasswordReset", "Nowe hasło z linku");
    public static readonly AuditEvent AccountLocked = new("AccountLocked", "Zablokowanie konta");
    public static readonly AuditEvent AccountUnlocked = new("AccountUnlocked", "Odblokowanie konta");
    public static readonly AuditEvent RolesChanged = new("RolesChanged", "Zmiana ról");
    public static readonly AuditEvent VerificationRequested = new("VerificationRequested", "Wniosek o weryfikację");
    public static readonly AuditEvent Verified = new("Verified", "Weryfikacja konta");
    public static readonly AuditEvent VerificationRejected = new("VerificationRejected", "Odrzucenie weryfikacji");
    public static readonly AuditEvent VerificationRevoked = new("VerificationRevoked", "Cofnięcie weryfikacji");
    public static readonly AuditEvent PersonalDataChanged = new("PersonalDataChanged", "Zmiana danych konta");
    public static readonly AuditEvent AccountDeleted = new("AccountDeleted", "Usunięcie konta");
    public static readonly AuditEvent InvitationResent = new("InvitationResent", "Ponowne zaproszenie do konta");
    public static readonly AuditEvent VerificationReset = new("VerificationReset", "Ponowna weryfikacja po zmianie danych");

    public static readonly IReadOnlyList<AuditEvent> All =
    [
        LoginSucceeded, LoginFailed, LockedOut, Registered, PasswordChanged, PasswordReset, AccountLocked, AccountUnlocked,
        RolesChanged, VerificationRequested, Verified, VerificationRejected, VerificationRevoked, PersonalDataChanged,
        AccountDeleted, InvitationResent, VerificationReset,
    ];
}
