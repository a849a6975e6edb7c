using Eboi.Core.Recipes;
using Eboi.Core.Validation;

namespace Eboi.Users.Recipes;

/// <summary>
/// Rules for the staff a recipe invites, both the recipe's <c>users</c> and <c>RecipeApplyOptions.ExtraUsers</c>:
/// a deliverable address, each address once, at least one role, and only roles the recipe itself defines.
/// </summary>
internal static class RecipeUserRules
{
    /// <summary>JSON path of the recipe's users.</summary>
    public const string RecipePath = "$.users";

    /// <summary>Path prefix of the users given with the apply options (CLI --admin), which are not in the JSON.</summary>
    public const string ExtraPath = "extraUsers";

    /// <summary>Adds an error with its path for every rule a user breaks.</summary>
    public static void Check(IReadOnlyList<RecipeUser> users, string path, IEnumerable<RecipeRole> roles, List<RecipeError> errors)
    {
        var defined = roles.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < users.Count; i++)
        {
            var at = $"{path}[{i}]";
            var user = users[i];
            if (!EmailAddresses.IsValid(user.Email))
                errors.Add(new($"{at}.email", $"„{user.Email}” nie jest poprawnym adresem e-mail."));
            else if (seen.TryGetValue(user.Email, out var first))
                errors.Add(new($"{at}.email", $"Adres „{user.Email}” występuje już w pozycji {first}."));
            else seen[user.Email] = i;

            if (user.Roles.Count == 0) errors.Add(new($"{at}.roles", "Podaj co najmniej jedną rolę."));
            for (var j = 0; j < user.Roles.Count; j++)
                if (!defined.Contains(user.Roles[j]))
                    errors.Add(new($"{at}.roles[{j}]", $"Rola „{user.Roles[j]}” nie jest zdefiniowana w sekcji roles przepisu."));
        }
    }

}
