using Eboi.Forms.Domain;

namespace Eboi.Forms.Recipes;

/// <summary>One form in a recipe's "forms" section.</summary>
internal sealed record RecipeForm(string Slug, string Title, string? Description, string Department, string? DepartmentEmail, int Order, List<FormField> Fields);
