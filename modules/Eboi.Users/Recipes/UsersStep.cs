using System.Text.Json;
using Eboi.Core.Data;
using Eboi.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Users.Recipes;

/// <summary>
/// The recipe's "users" and the apply options' extra users (the first administrator): invited by e-mail
/// (<see cref="UserSeeder"/>). Runs last of the production steps so its invitations are staged only when everything
/// before succeeded.
/// </summary>
internal sealed class UsersStep : IRecipeStep
{
    public string Name => "users";
    public int Order => 900;
    public RecipeSchemaFragment Schema { get; } = RecipeSchemaFragment.FromResource(typeof(UsersStep), "users.schema.json");

    public void Validate(JsonElement? fragment, RecipeValidationContext context, List<RecipeError> errors) =>
        RecipeUserRules.Check(Read(fragment), RecipeUserRules.RecipePath, RolesStep.Of(context.Recipe), errors);

    public void ValidateOptions(JsonElement? fragment, RecipeApplyContext context, List<RecipeError> errors) =>
        RecipeUserRules.Check(context.ExtraUsers, RecipeUserRules.ExtraPath, RolesStep.Of(context.Recipe), errors);

    public Task<int> ApplyAsync(JsonElement? fragment, RecipeApplyContext context, CancellationToken ct) =>
        context.Services.GetRequiredService<UserSeeder>().ApplyAsync(context.TenantSlug, Read(fragment), context.ExtraUsers, ct);

    private static List<RecipeUser> Read(JsonElement? fragment) => fragment?.Deserialize<List<RecipeUser>>(JsonColumn.Options) ?? [];
}
