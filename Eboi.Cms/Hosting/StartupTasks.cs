using Eboi.Core.Data;
using Eboi.Core.Tenancy;
using Eboi.Recipes.Applying;
using Eboi.Recipes.Sources;
using Microsoft.Extensions.Options;

namespace Eboi.Cms.Hosting;

/// <summary>Start-up: apply migrations, then the seed recipes whose tenant does not exist yet (never re-seeds).</summary>
public static class StartupTasks
{
    public static async Task RunStartupTasksAsync(this IServiceProvider services, CancellationToken ct)
    {
        await services.GetRequiredService<MigrationRunner>().MigrateAsync(ct);
        var options = services.GetRequiredService<IOptions<RecipeOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupTasks));
        foreach (var file in options.SeedRecipes)
        {
            var path = Path.IsPathRooted(file) ? file : Path.Combine(options.RecipesPath, file);
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
            var source = RecipeSource.FromFile(path);
            var slug = System.Text.Json.JsonDocument.Parse(source.Json).RootElement.GetProperty("tenant").GetProperty("slug").GetString()!;
            if (db.Tenants.Any(t => t.Slug == slug)) continue;
            var result = await scope.ServiceProvider.GetRequiredService<RecipeApplier>().ApplyAsync(source, new RecipeApplyOptions(Demo: options.SeedDemo), ct);
            logger.LogInformation("Seeded tenant {Tenant} from {Recipe} ({Changes} records)", result.Slug, source.DisplayName, result.Changes);
        }
        services.GetRequiredService<TenantRegistry>().Invalidate();
    }
}
