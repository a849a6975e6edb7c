namespace Eboi.Core.Audit;

/// <summary>Polish names of audit events for the staff panel.</summary>
public static class AuditEventLabels
{
    public static string Of(AuditEvent e) => e switch
    {
        AuditEvent.LoginSucceeded => "Logowanie",
        AuditEvent.LoginFailed => "Nieudane logowanie",
        AuditEvent.LockedOut => "Blokada po nieudanych logowaniach",
        AuditEvent.Registered => "Rejestracja konta",
        AuditEvent.PasswordChanged => "Zmiana hasła",
        AuditEvent.PasswordReset => "Nowe hasło z linku",
        AuditEvent.AccountLocked => "Zablokowanie konta",
        AuditEvent.AccountUnlocked => "Odblokowanie konta",
        AuditEvent.RolesChanged => "Zmiana ról",
        AuditEvent.VerificationRequested => "Wniosek o weryfikację",
        AuditEvent.Verified => "Weryfikacja konta",
        AuditEvent.VerificationRejected => "Odrzucenie weryfikacji",
        AuditEvent.VerificationRevoked => "Cofnięcie weryfikacji",
        AuditEvent.Published => "Publikacja treści",
        AuditEvent.Unpublished => "Wycofanie treści",
        AuditEvent.PersonalDataChanged => "Zmiana danych konta",
        AuditEvent.AccountDeleted => "Usunięcie konta",
        AuditEvent.TenantCreated => "Utworzenie urzędu (operator)",
        AuditEvent.TenantDisabled => "Wyłączenie portalu (operator)",
        AuditEvent.TenantEnabled => "Włączenie portalu (operator)",
        AuditEvent.TenantHostsChanged => "Zmiana adresów portalu (operator)",
        AuditEvent.InvitationResent => "Ponowne zaproszenie do konta",
        AuditEvent.DraftSaved => "Zapisanie wersji roboczej treści",
        AuditEvent.VersionRestored => "Przywrócenie wersji treści",
        AuditEvent.VerificationReset => "Ponowna weryfikacja po zmianie danych",
        _ => e.ToString(),
    };
}
