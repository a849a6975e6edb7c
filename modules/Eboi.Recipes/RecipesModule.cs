using Eboi.Core.Cli;
using Eboi.Core.Modules;
using Eboi.Recipes.Applying;
using Eboi.Recipes.Cli;
using Eboi.Recipes.Sources;
using Eboi.Recipes.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Recipes;

/// <summary>Recipes: validation (schema + semantics) and the transactional, idempotent applier.</summary>
public sealed class RecipesModule : IEboiModule
{
    public string Name => ModuleNames.Recipes;
    public IReadOnlyList<string> Dependencies => [ModuleNames.Content, ModuleNames.Catalog, ModuleNames.Users];
    public bool AlwaysEnabled => true;

    public IReadOnlyList<ICliCommand> CliCommands => [new RecipeValidateCommand()];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RecipeOptions>().Bind(configuration.GetSection("Eboi:Recipes")).PostConfigure(o =>
        {
            if (string.IsNullOrEmpty(o.RecipesPath)) o.RecipesPath = RecipePaths.FindRecipesFolder();
        });
        services.AddSingleton<RecipeLoader>();
        services.AddScoped<RecipeApplier>();
        services.AddScoped<RoleSeeder>();
        services.AddScoped<UserSeeder>();
        services.AddScoped<DemoStaffSeeder>();
    }
}
