using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Eboi.Core.Recipes;

/// <summary>How a module plugs its recipe steps in, from its ConfigureServices.</summary>
public static class RecipeStepServiceCollectionExtensions
{
    /// <summary>Registers a recipe step (a singleton: it resolves what it writes with from the apply context's scope).</summary>
    public static IServiceCollection AddRecipeStep<TStep>(this IServiceCollection services) where TStep : class, IRecipeStep
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRecipeStep, TStep>());
        return services;
    }
}
