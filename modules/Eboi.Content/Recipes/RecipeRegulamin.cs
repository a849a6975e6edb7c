namespace Eboi.Content.Recipes;

/// <summary>The recipe's "regulamin": the portal's terms, published at /regulamin.</summary>
internal sealed record RecipeRegulamin(string Version, string Title, string EffectiveFrom, string Body);
