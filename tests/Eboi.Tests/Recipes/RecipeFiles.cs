using Eboi.Core.Modules;
using Eboi.Recipes.Sources;
using Eboi.Recipes.Validation;
using Microsoft.Extensions.Options;

namespace Eboi.Tests.Recipes;

/// <summary>The recipes/ folder of this checkout and a loader bound to it.</summary>
public static class RecipeFiles
{
    public static readonly string Folder = RecipePaths.FindRecipesFolder();

    public static readonly string[] Gminy = ["siedlec", "pokrzywnica", "kozy", "pulawy"];

    public static string PathOf(string name) => Path.Combine(Folder, name.EndsWith(".json") ? name : $"{name}.recipe.json");

    /// <summary>The modules this test project references, as a host would find them.</summary>
    public static readonly ModuleRegistry Modules = ModuleRegistry.Discover(typeof(RecipeFiles).Assembly);

    public static RecipeLoader Loader() => new(Options.Create(new RecipeOptions { RecipesPath = Folder }), Modules);

    public static LoadedRecipe Load(string name) => Loader().Load(RecipeSource.FromFile(PathOf(name)));

    /// <summary>shared/ sits beside the checkout (CI clones main with shared/ next to it).</summary>
    public static string SeedsFolder()
    {
        for (var dir = new DirectoryInfo(Folder); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(seeds)) return seeds;
        }
        throw new DirectoryNotFoundException("shared/seeds not found beside the checkout");
    }
}
