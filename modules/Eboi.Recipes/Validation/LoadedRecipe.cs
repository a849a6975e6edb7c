using System.Text.Json.Nodes;
using Eboi.Recipes.Model;

namespace Eboi.Recipes.Validation;

/// <summary>A recipe that passed every check, with its catalog resolved (library cards merged, tokens replaced).</summary>
public sealed record LoadedRecipe(Recipe Recipe, IReadOnlyList<RecipeCategory> Categories, IReadOnlyList<JsonObject> Services);
