namespace Eboi.Email.Domain;

/// <summary>Keys of the templates eBOI sends; other modules pass these to <see cref="IEmailOutbox"/>.</summary>
public static class EmailTemplateKeys
{
    public const string AccountActivation = "konto.aktywacja";
    public const string AccountExists = "konto.istnieje";
    public const string AccountInvitation = "konto.zaproszenie";
    public const string PasswordReset = "konto.reset-hasla";
    public const string PasswordChanged = "konto.haslo-zmienione";
    public const string VerificationApproved = "konto.weryfikacja-zatwierdzona";
    public const string VerificationRejected = "konto.weryfikacja-odrzucona";
    public const string AccountDeleted = "konto.usuniete";
}
