using System.Text.Json;
using Eboi.Core.Data;
using Eboi.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Users.Recipes;

/// <summary>The recipe's "roles": staff roles and their permissions (<see cref="RoleSeeder"/>).</summary>
internal sealed class RolesStep : IRecipeStep
{
    public const string Property = "roles";

    public string Name => Property;
    public int Order => 100;
    public RecipeSchemaFragment Schema { get; } = RecipeSchemaFragment.FromResource(typeof(RolesStep), "roles.schema.json");

    /// <summary>The roles a recipe defines, for the steps whose people must hold only those.</summary>
    public static IReadOnlyList<RecipeRole> Of(JsonElement recipe) => RecipeJson.Read<List<RecipeRole>>(recipe, Property) ?? [];

    public void Validate(JsonElement? fragment, RecipeValidationContext context, List<RecipeError> errors)
    {
        // The schema says all there is to say about a role (name, known permissions).
    }

    public Task<int> ApplyAsync(JsonElement? fragment, RecipeApplyContext context, CancellationToken ct) =>
        fragment?.Deserialize<List<RecipeRole>>(JsonColumn.Options) is { } roles
            ? context.Services.GetRequiredService<RoleSeeder>().ApplyAsync(roles, ct)
            : Task.FromResult(0);
}
