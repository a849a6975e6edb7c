using Eboi.Core.Recipes;
using Eboi.Recipes.Validation;

namespace Eboi.Recipes;

/// <summary>How the CLI reports a recipe that failed validation: every error with its JSON path, exit code 1.</summary>
public static class RecipeErrorsOutput
{
    public static int Write(RecipeValidationException e)
    {
        Console.Error.WriteLine($"Przepis nie został zastosowany. Błędy ({e.Errors.Count}):");
        foreach (var error in e.Errors) Console.Error.WriteLine($"  {error.Path}: {error.Message}");
        return 1;
    }
}
