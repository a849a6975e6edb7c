namespace Eboi.Users;

/// <summary>Routes of the account pages (tenant-relative; an external contract, see DESIGN's URL table).</summary>
public static class UserPaths
{
    public const string Register = "/konto/rejestracja";
    public const string RegisterDone = "/konto/rejestracja/wyslano";
    public const string Activate = "/konto/aktywacja";
    public const string ResendActivation = "/konto/aktywacja/ponow";
    public const string Login = "/konto/logowanie";
    public const string Logout = "/konto/wyloguj";
    public const string ForgotPassword = "/konto/nie-pamietam-hasla";
    public const string ResetPassword = "/konto/nowe-haslo";
    public const string Account = "/konto";
    public const string AcceptRegulamin = "/konto/akceptacja-regulaminu";
    public const string Invitation = "/konto/zaproszenie";
    public const string PersonalData = "/konto/dane";
    public const string ChangePassword = "/konto/haslo";
    public const string Notifications = "/konto/powiadomienia";
    public const string MyData = "/konto/moje-dane";
    public const string DeleteAccount = "/konto/usun";
    public const string Verification = "/konto/weryfikacja";
}
