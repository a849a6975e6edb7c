namespace Eboi.Core.Recipes;

/// <summary>Where a step's JSON lives in a recipe.</summary>
public enum RecipeSection
{
    /// <summary>A top-level property, e.g. "roles" at $.roles.</summary>
    Main,

    /// <summary>A property of the "demo" object, e.g. "staff" at $.demo.staff; applied only with --demo.</summary>
    Demo,
}
