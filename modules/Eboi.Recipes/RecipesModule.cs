using Eboi.Core.Cli;
using Eboi.Core.Modules;
using Eboi.Recipes.Cli;
using Eboi.Recipes.Schema;
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

    public IReadOnlyList<ICliCommand> CliCommands => [new RecipeValidateCommand(), new RecipeSchemaCommand()];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RecipeOptions>().Bind(configuration.GetSection("Eboi:Recipes")).PostConfigure(o =>
        {
            if (string.IsNullOrEmpty(o.RecipesPath)) o.RecipesPath = RecipePaths.FindRecipesFolder();
        });
        services.AddSingleton<RecipeSchema>();
        services.AddSingleton<RecipeLoader>();
        services.AddScoped<RecipeApplier>();
    }
}
