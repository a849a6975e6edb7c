using Eboi.Core.Modules;
using Eboi.Recipes.Applying;
using Eboi.Recipes.Sources;
using Eboi.Recipes.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Recipes;

/// <summary>Recipes: the engine that validates (composed schema + every step's rules) and applies the modules' recipe steps in one idempotent transaction.</summary>
public sealed class RecipesModule : IEboiModule
{
    public string Name => ModuleNames.Recipes;
    public bool AlwaysEnabled => true;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RecipeOptions>().Bind(configuration.GetSection("Eboi:Recipes")).PostConfigure(o =>
        {
            if (string.IsNullOrEmpty(o.RecipesPath)) o.RecipesPath = RecipePaths.FindRecipesFolder();
        });
        services.AddSingleton<RecipeLoader>();
        services.AddScoped<RecipeApplier>();
    }
}
