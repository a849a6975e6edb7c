using Eboi.Core.Data;
using Microsoft.AspNetCore.Identity;

namespace Eboi.Users.Domain;

/// <summary>An account of one tenant: a citizen (person or company) or an office employee.</summary>
internal sealed class EboiUser : IdentityUser<Guid>, ITenantOwned
{
    public Guid TenantId { get; set; }
    public ApplicantKind Kind { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Pesel { get; set; }
    public string? CompanyName { get; set; }
    public string? Nip { get; set; }
    public string? Regon { get; set; }
    public string? RepresentativeName { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
    public DateTimeOffset? LastLoginAt { get; set; }

    /// <summary>Set when staff block the account: no sign-in and no session until staff lift it (a reset does not).</summary>
    public DateTimeOffset? BlockedAt { get; set; }
    public VerificationStatus Verification { get; set; }
    public DateTimeOffset? VerifiedAt { get; set; }
    public DateTimeOffset? VerificationRequestedAt { get; set; }

    /// <summary>What the citizen wrote with the verification request (e.g. a tax file number).</summary>
    public string? VerificationNote { get; set; }

    /// <summary>SMS notifications may be chosen only after staff enabled them (seeds 000/001).</summary>
    public bool SmsAllowed { get; set; }
    public string? RegulaminVersion { get; set; }
    public DateTimeOffset? RegulaminAcceptedAt { get; set; }
    public DateTimeOffset? DataConsentAt { get; set; }
    public NotificationPreferences Notifications { get; set; } = new();

    /// <summary>Name to greet the user with: first name, or the company's name.</summary>
    public string DisplayName => Kind == ApplicantKind.Company ? CompanyName ?? Email ?? "" : $"{FirstName} {LastName}".Trim();
}

internal enum ApplicantKind
{
    Person,
    Company,
}

internal enum VerificationStatus
{
    Unverified,
    Pending,
    Verified,
    Rejected,
}
