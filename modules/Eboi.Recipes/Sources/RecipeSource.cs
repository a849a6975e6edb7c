namespace Eboi.Recipes;

/// <summary>The text of a recipe and the folder its relative paths (catalog library) resolve against.</summary>
public sealed record RecipeSource(string Json, string BaseDirectory, string DisplayName)
{
    public static RecipeSource FromFile(string path)
    {
        var full = Path.GetFullPath(path);
        return new RecipeSource(File.ReadAllText(full), Path.GetDirectoryName(full)!, Path.GetFileName(full));
    }
}
