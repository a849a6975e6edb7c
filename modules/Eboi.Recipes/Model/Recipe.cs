using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Eboi.Core.Tenancy;

namespace Eboi.Recipes.Model;

/// <summary>A recipe as read from JSON (shape documented in docs/recipes.md, enforced by recipes/recipe.schema.json).</summary>
public sealed record Recipe
{
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    public RecipeTenant Tenant { get; init; } = new();
    public List<string> Modules { get; init; } = [];
    public List<RecipeRole> Roles { get; init; } = [];
    public List<RecipeUser> Users { get; init; } = [];
    public List<RecipePage> Pages { get; init; } = [];
    public RecipeRegulamin? Regulamin { get; init; }
    public RecipeCatalog? Catalog { get; init; }
    public JsonObject? Demo { get; init; }
}

/// <summary>
/// The tenant step: identity and routing here; the office data (address, contact, hours, accessibility...) is the
/// rest of the same JSON object, read as a <see cref="TenantProfile"/> by the loader.
/// </summary>
public sealed record RecipeTenant
{
    public string Slug { get; init; } = "";
    public string Name { get; init; } = "";
    public string OfficeName { get; init; } = "";
    public List<string> Hosts { get; init; } = [];
    public string Theme { get; init; } = ThemeNames.Base;

    [JsonIgnore]
    public TenantProfile Profile { get; init; } = new();
}

/// <summary>A staff role and the module permissions it grants (each module declares its own: IEboiModule.Permissions).</summary>
public sealed record RecipeRole(string Name, List<string> Permissions, string? Description = null);

/// <summary>
/// An office employee the recipe creates without a password (usually the first administrator): the account is invited
/// by e-mail and the person sets the password. Also the shape of <c>RecipeApplyOptions.ExtraUsers</c>.
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

public sealed record RecipePage(string Slug, string Title, string Body, bool Menu = false);

public sealed record RecipeRegulamin(string Version, string Title, string EffectiveFrom, string Body);

public sealed record RecipeCatalog
{
    public string? Library { get; init; }
    public JsonObject? Place { get; init; }
    public List<RecipeCategory> Categories { get; init; } = [];

    /// <summary>Entries as written: a full card ({"key": ...}) or a library reference ({"use": ...} + overrides).</summary>
    public List<JsonObject> Services { get; init; } = [];
}

public sealed record RecipeCategory(string Key, string Title, string? Description = null);

/// <summary>A catalog library file: standard categories and cards shared by recipes.</summary>
public sealed record CatalogLibrary
{
    public List<RecipeCategory> Categories { get; init; } = [];
    public List<JsonObject> Services { get; init; } = [];
}
