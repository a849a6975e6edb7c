namespace Eboi.Recipes;

/// <summary>Where recipes live (recipes/ of the checkout by default); library paths may not leave this folder.</summary>
public sealed class RecipeOptions
{
    public string RecipesPath { get; set; } = "";

    /// <summary>Recipes applied at start-up when their tenant does not exist yet (./eboi run sets the four gminy).</summary>
    public List<string> SeedRecipes { get; set; } = [];

    /// <summary>Apply the demo section of seeded recipes.</summary>
    public bool SeedDemo { get; set; }
}
