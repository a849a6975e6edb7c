using Eboi.Users.Domain;

namespace Eboi.Users.Profile;

/// <summary>What "Pobierz moje dane" returns (RODO art. 15/20): the account as kept by the portal.</summary>
internal sealed record MyDataExport(
    string Email, string Kind, string? FirstName, string? LastName, string? Pesel, string? CompanyName, string? Nip, string? Regon,
    string? RepresentativeName, string? Phone, DateTimeOffset RegisteredAt, DateTimeOffset? LastLoginAt, string Verification,
    string? RegulaminVersion, DateTimeOffset? RegulaminAcceptedAt, DateTimeOffset? DataConsentAt, IReadOnlyList<NotificationChoice> Notifications,
    IReadOnlyList<string> Roles, DateTimeOffset ExportedAt)
{
    public static MyDataExport Of(EboiUser u, IReadOnlyList<string> roles, DateTimeOffset now) => new(
        u.Email!, u.Kind == ApplicantKind.Person ? "osoba fizyczna" : "firma lub instytucja", u.FirstName, u.LastName, u.Pesel, u.CompanyName,
        u.Nip, u.Regon, u.RepresentativeName, u.PhoneNumber, u.RegisteredAt, u.LastLoginAt, VerificationLabels.Of(u.Verification),
        u.RegulaminVersion, u.RegulaminAcceptedAt, u.DataConsentAt, u.Notifications.Choices, roles, now);
}
