namespace Eboi.Core.Recipes;

/// <summary>
/// An office employee a recipe creates without a password (usually the first administrator): the account is invited
/// by e-mail and the person sets the password. The shape of the recipe's "users" and of the apply options' extra users.
/// </summary>
public sealed record RecipeUser(string Email, string? FirstName, string? LastName, IReadOnlyList<string> Roles)
{
    /// <summary>The role the CLI's --admin and the host panel's first administrator get; every shipped recipe defines it.</summary>
    public const string AdministratorRole = "Administrator";

    /// <summary>A first administrator named at creation time. "Jan Maria Kowalska-Nowak": the last word is the surname.</summary>
    public static RecipeUser Administrator(string email, string? fullName)
    {
        var words = (fullName ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var (first, last) = words.Length switch
        {
            0 => (null, null),
            1 => (words[0], null),
            _ => (string.Join(' ', words[..^1]), words[^1]),
        };
        return new RecipeUser(email.Trim(), first, last, [AdministratorRole]);
    }
}
