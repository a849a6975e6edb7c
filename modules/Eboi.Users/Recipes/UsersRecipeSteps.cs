using Eboi.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Users.Recipes;

/// <summary>What Users plugs into recipes: roles, users (invited), demo staff, and the host panel's administrator invitation.</summary>
internal static class UsersRecipeSteps
{
    public static IServiceCollection AddUsersRecipeSteps(this IServiceCollection services)
    {
        services.AddRecipeStep<RolesStep>();
        services.AddRecipeStep<UsersStep>();
        services.AddRecipeStep<DemoStaffStep>();
        services.AddRecipeStep<DemoCitizensStep>();
        services.AddScoped<RoleSeeder>();
        services.AddScoped<UserSeeder>();
        services.AddScoped<DemoStaffSeeder>();
        services.AddScoped<DemoCitizensSeeder>();
        services.AddScoped<IAdministratorInvitations, AdministratorInvitations>();
        return services;
    }
}
