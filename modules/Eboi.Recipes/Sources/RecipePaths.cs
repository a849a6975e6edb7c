namespace Eboi.Recipes.Sources;

/// <summary>Finds the recipes/ folder: next to the app (published) or in a parent folder (checkout).</summary>
internal static class RecipePaths
{
    public static string FindRecipesFolder()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "recipes");
                if (File.Exists(Path.Combine(candidate, "recipe.schema.json"))) return candidate;
            }
        }
        throw new DirectoryNotFoundException("Cannot find the recipes/ folder; set Eboi:Recipes:RecipesPath.");
    }
}
