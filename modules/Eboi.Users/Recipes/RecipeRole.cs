namespace Eboi.Users.Recipes;

/// <summary>A staff role of the recipe's "roles" and the module permissions it grants (Eboi.Core.Security.Permissions).</summary>
internal sealed record RecipeRole(string Name, List<string> Permissions, string? Description = null);
