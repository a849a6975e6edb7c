using System.Text.Json;

namespace Eboi.Core.Recipes;

/// <summary>
/// What a step sees while applying: the tenant (already set on the connection, inside the recipe's one transaction),
/// the whole recipe, the apply options it may use, the state kept from validation, and the scope to resolve the
/// services it writes with (the same DbContext as the transaction).
/// </summary>
public sealed class RecipeApplyContext(
    Guid tenantId,
    string tenantSlug,
    bool created,
    JsonElement recipe,
    RecipeState state,
    IReadOnlyList<RecipeUser> extraUsers,
    bool demo,
    IServiceProvider services)
{
    public Guid TenantId { get; } = tenantId;
    public string TenantSlug { get; } = tenantSlug;

    /// <summary>The tenant did not exist before this apply.</summary>
    public bool Created { get; } = created;

    public JsonElement Recipe { get; } = recipe;
    public RecipeState State { get; } = state;

    /// <summary>Staff to invite besides the recipe's users (the first administrator named on the CLI or the host panel).</summary>
    public IReadOnlyList<RecipeUser> ExtraUsers { get; } = extraUsers;

    /// <summary>The demo section is applied too.</summary>
    public bool Demo { get; } = demo;

    public IServiceProvider Services { get; } = services;

    /// <summary>The modules the recipe enables.</summary>
    public IReadOnlyList<string> Modules => RecipeJson.Modules(Recipe);

    /// <summary>A top-level property of the recipe read as <typeparamref name="T"/>, or null when absent.</summary>
    public T? Read<T>(string name) where T : class => RecipeJson.Read<T>(Recipe, name);
}
