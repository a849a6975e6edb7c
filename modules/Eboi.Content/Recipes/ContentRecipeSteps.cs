using Eboi.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Content.Recipes;

/// <summary>What Content plugs into recipes: its content types, pages and the regulamin.</summary>
internal static class ContentRecipeSteps
{
    public static IServiceCollection AddContentRecipeSteps(this IServiceCollection services) =>
        services.AddRecipeStep<ContentTypesStep>().AddRecipeStep<PagesStep>().AddRecipeStep<RegulaminStep>();
}
