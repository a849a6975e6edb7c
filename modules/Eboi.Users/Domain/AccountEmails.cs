namespace Eboi.Users.Domain;

/// <summary>Keys of the e-mail templates the account flows send (defaults and values: Email/AccountEmailTemplates.cs).</summary>
internal static class AccountEmails
{
    public const string Activation = "konto.aktywacja";
    public const string AlreadyRegistered = "konto.istnieje";
    public const string Invitation = "konto.zaproszenie";
    public const string PasswordReset = "konto.reset-hasla";
    public const string PasswordChanged = "konto.haslo-zmienione";
    public const string VerificationApproved = "konto.weryfikacja-zatwierdzona";
    public const string VerificationRejected = "konto.weryfikacja-odrzucona";
    public const string AccountDeleted = "konto.usuniete";
}
