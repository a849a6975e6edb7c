using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace Eboi.Users.Domain;

/// <summary>
/// The password rule of seed 003 (at least 8 characters, upper and lower case letters, and a digit or a special
/// character) plus a refusal of common passwords (Domain/common-passwords.txt, compared case-insensitively).
/// </summary>
internal sealed class PasswordPolicy : IPasswordValidator<EboiUser>
{
    public const int MinLength = 8;
    public const int MaxLength = 128;

    private static readonly Lazy<HashSet<string>> Common = new(LoadCommon);

    public static IReadOnlyList<string> Check(string? password, string? email = null)
    {
        var errors = new List<string>();
        if (string.IsNullOrEmpty(password)) return ["Wpisz hasło."];
        if (password.Length < MinLength) errors.Add($"Hasło musi mieć co najmniej {MinLength} znaków.");
        if (password.Length > MaxLength) errors.Add($"Hasło może mieć najwyżej {MaxLength} znaków.");
        if (!password.Any(char.IsUpper) || !password.Any(char.IsLower)) errors.Add("Hasło musi zawierać wielkie i małe litery.");
        if (!password.Any(c => char.IsDigit(c) || !char.IsLetterOrDigit(c))) errors.Add("Hasło musi zawierać cyfrę lub znak specjalny.");
        var lower = password.ToLowerInvariant();
        if (Common.Value.Contains(lower)) errors.Add("To hasło jest zbyt popularne i łatwe do odgadnięcia. Wybierz inne.");
        else if (email is not null && email.Split('@')[0] is { Length: >= 4 } local && lower.Contains(local.ToLowerInvariant()))
            errors.Add("Hasło nie może zawierać adresu e-mail.");
        return errors;
    }

    public Task<IdentityResult> ValidateAsync(UserManager<EboiUser> manager, EboiUser user, string? password)
    {
        var errors = Check(password, user.Email);
        return Task.FromResult(errors.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed(errors.Select(e => new IdentityError { Code = "PasswordPolicy", Description = e }).ToArray()));
    }

    private static HashSet<string> LoadCommon()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Eboi.Users.Domain.common-passwords.txt")!;
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && !line.StartsWith('#')) set.Add(line.Trim().ToLowerInvariant());
        return set;
    }
}
