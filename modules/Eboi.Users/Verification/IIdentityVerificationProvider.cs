using Eboi.Users.Domain;

namespace Eboi.Users.Verification;

/// <summary>
/// A way to link an account to the citizen's identity. Today: staff checking documents (<see cref="StaffVerificationProvider"/>);
/// Profil Zaufany (login.gov.pl, SAML) can be added as a second provider without touching the account pages.
/// </summary>
internal interface IIdentityVerificationProvider
{
    /// <summary>Stable key ("urzad", "profil-zaufany").</summary>
    string Key { get; }

    /// <summary>Polish name shown to the citizen.</summary>
    string DisplayName { get; }

    /// <summary>Starts verification for the user; returns where to send the browser next (null: stay on the page).</summary>
    Task<string?> StartAsync(EboiUser user, string? message, CancellationToken ct);
}
