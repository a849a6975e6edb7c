namespace Eboi.Content.Recipes;

/// <summary>The recipe's "regulamin": the portal's terms, published at /regulamin.</summary>
public sealed record RecipeRegulamin(string Version, string Title, string EffectiveFrom, string Body);
