using System.Text.Json;

namespace Eboi.Core.Recipes;

/// <summary>
/// One part of a recipe, owned by the module whose data it writes (roles and users by Users, pages by Content...).
/// Registered with <see cref="RecipeStepServiceCollectionExtensions.AddRecipeStep{TStep}"/> from the module's
/// ConfigureServices; the Recipes engine composes the schema from the fragments, runs every step's
/// <see cref="Validate"/> and reports all errors at once, then applies the steps by <see cref="Order"/> in one
/// transaction with the tenant set. Steps are singletons: what they write with comes from the context's scope.
/// </summary>
public interface IRecipeStep
{
    /// <summary>The recipe's JSON property this step reads (a property of "demo" for a demo step), e.g. "roles".</summary>
    string Name { get; }

    /// <summary>Top-level property, or a section of "demo" applied only with --demo.</summary>
    RecipeSection Section => RecipeSection.Main;

    /// <summary>Lower runs first. Used so far: roles 100, content types 200, pages 300, regulamin 400, catalog 500, users 900 (last: its invitations go out only when everything else succeeded), demo 1000+.</summary>
    int Order { get; }

    /// <summary>The step's part of recipes/recipe.schema.json; null when the step has no JSON of its own.</summary>
    RecipeSchemaFragment? Schema { get; }

    /// <summary>
    /// The rules a schema cannot express; adds every problem found, with its JSON path ("$.users[1].roles[0]").
    /// <paramref name="fragment"/> is null when the recipe leaves the property out; the context has the whole recipe.
    /// </summary>
    void Validate(JsonElement? fragment, RecipeValidationContext context, List<RecipeError> errors);

    /// <summary>Checks what only the apply options bring (e.g. the first administrator named on the CLI), before anything is written.</summary>
    void ValidateOptions(JsonElement? fragment, RecipeApplyContext context, List<RecipeError> errors) { }

    /// <summary>Stages the step's writes inside the recipe's transaction; returns the number of changes (0 when nothing differs).</summary>
    Task<int> ApplyAsync(JsonElement? fragment, RecipeApplyContext context, CancellationToken ct);

    /// <summary>What the step found in a valid recipe, in Polish for `eboi recipe validate` (e.g. "5 stron"); null says nothing.</summary>
    string? Describe(JsonElement? fragment, RecipeState state) => null;

    /// <summary>Called once, still inside the transaction, after all steps when the recipe changed something (caches, indexes).</summary>
    Task OnRecipeChangedAsync(RecipeApplyContext context, CancellationToken ct) => Task.CompletedTask;
}
