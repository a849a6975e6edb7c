using System.Text.Json.Nodes;
using Eboi.Catalog;
using Eboi.Catalog.Recipes;
using Eboi.Content;
using Eboi.Content.Recipes;
using Eboi.Core.Modules;
using Eboi.Core.Recipes;
using Eboi.Recipes;
using Eboi.Recipes.Sources;
using Eboi.Recipes.Validation;
using Eboi.Users;
using Eboi.Users.Recipes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Eboi.Tests.Recipes;

/// <summary>The recipes/ folder of this checkout and a loader bound to it, with the steps the modules register.</summary>
internal static class RecipeFiles
{
    public static readonly string Folder = RecipePaths.FindRecipesFolder();

    public static readonly string[] Gminy = ["siedlec", "pokrzywnica", "kozy", "pulawy"];

    /// <summary>The recipe steps of every module the host composes, as their ConfigureServices registers them.</summary>
    public static IReadOnlyList<IRecipeStep> ModuleSteps()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();
        foreach (var module in Modules.Modules) module.ConfigureServices(services, configuration);
        return services.Where(d => d.ServiceType == typeof(IRecipeStep))
            .Select(d => (IRecipeStep)Activator.CreateInstance(d.ImplementationType!)!).ToList();
    }

    public static string PathOf(string name) => Path.Combine(Folder, name.EndsWith(".json") ? name : $"{name}.recipe.json");

    /// <summary>The modules this test project references, as a host would find them.</summary>
    public static readonly ModuleRegistry Modules = Eboi.Cms.Hosting.EboiComposition.Modules;

    public static RecipeLoader Loader(IEnumerable<IRecipeStep>? steps = null) =>
        new(Options.Create(new RecipeOptions { RecipesPath = Folder }), steps ?? ModuleSteps(), Modules);

    public static LoadedRecipe Load(string name) => Loader().Load(RecipeSource.FromFile(PathOf(name)));

    /// <summary>The catalog as it will be published (library merged, tokens replaced).</summary>
    public static ResolvedCatalog Catalog(this LoadedRecipe loaded) => loaded.State.Get<ResolvedCatalog>() ?? new([], []);

    public static IReadOnlyList<JsonObject> Services(this LoadedRecipe loaded) => loaded.Catalog().Services;

    public static IReadOnlyList<RecipeCategory> Categories(this LoadedRecipe loaded) => loaded.Catalog().Categories;

    public static List<RecipePage> Pages(this LoadedRecipe loaded) => loaded.Read<List<RecipePage>>("pages") ?? [];

    public static RecipeRegulamin? Regulamin(this LoadedRecipe loaded) => loaded.Read<RecipeRegulamin>("regulamin");

    public static List<RecipeUser> Users(this LoadedRecipe loaded) => loaded.Read<List<RecipeUser>>("users") ?? [];

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
