using Eboi.Core.Recipes;

namespace Eboi.Recipes;

/// <summary>
/// How to apply a recipe: under another slug (template recipes), with extra host names, with demo data, and with extra
/// staff to invite (the first administrator named at creation time, without editing the recipe). Extra users are
/// checked like the recipe's own (paths <c>extraUsers[i]</c>); one with the address of a recipe user adds its roles.
/// <c>ReservedHost</c> is the host the host panel answers on, refused in the recipe's hosts as on the panel's form.
/// </summary>
public sealed record RecipeApplyOptions(
    string? Slug = null,
    IReadOnlyList<string>? ExtraHosts = null,
    bool Demo = false,
    IReadOnlyList<RecipeUser>? ExtraUsers = null,
    string? ReservedHost = null);

/// <summary>What applying did: the tenant, whether it was new, and how many records were written (0 = nothing changed).</summary>
public sealed record RecipeApplyResult(Guid TenantId, string Slug, bool Created, int Changes);
