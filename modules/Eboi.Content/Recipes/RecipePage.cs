namespace Eboi.Content.Recipes;

/// <summary>A page of the recipe's "pages".</summary>
internal sealed record RecipePage(string Slug, string Title, string Body, bool Menu = false);
