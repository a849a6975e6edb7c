using System.Net.Mail;

namespace Eboi.Core.Validation;

/// <summary>
/// The one rule for an e-mail address (registration, invitations, recipes): exactly one @, no spaces, a domain with a
/// dot, at most 256 characters, and an address the mail sender takes as written. Callers trim what a user typed.
/// </summary>
public static class EmailAddresses
{
    public const int MaxLength = 256;

    public static bool IsValid(string? email) =>
        email is { Length: > 0 and <= MaxLength }
        && !email.Any(char.IsWhiteSpace)
        && email.Count(c => c == '@') == 1
        && MailAddress.TryCreate(email, out var address) && address.Address == email && address.Host.Contains('.');
}
