using System.Text.RegularExpressions;

namespace Eboi.Core.Tenancy;

/// <summary>A tenant's slug (first path segment): the same rule as tenant.slug in recipe.schema.json.</summary>
public static partial class TenantSlugs
{
    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$")]
    private static partial Regex Pattern();

    public static bool IsValid(string slug) => Pattern().IsMatch(slug) && !ReservedNames.TenantSlugs.Contains(slug);

    public const string Rule = "Adres urzędu: od 2 do 40 znaków – małe litery bez polskich znaków, cyfry i łączniki, na początku litera.";
}
