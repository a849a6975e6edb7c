namespace Eboi.Users.Email;

/// <summary>Values the account e-mails fill besides the standard ones (gmina, urzad, adres, portal).</summary>
internal static class AccountEmailPlaceholders
{
    public const string Imie = "imie";
    public const string Link = "link";
    public const string WaznyDo = "wazny_do";
    public const string LinkLogowania = "link_logowania";
    public const string LinkReset = "link_reset";
    public const string Czas = "czas";
    public const string Powod = "powod";
}
