using Eboi.Core.Data;
using Eboi.Core.Tenancy;
using Eboi.HostPanel;
using Eboi.Recipes;
using Eboi.Recipes.Sources;
using Microsoft.Extensions.Options;

namespace Eboi.Cms.Hosting;

/// <summary>
/// Before anything else starts (the server included): apply migrations, refuse an app role that bypasses RLS, then the seed recipes whose tenant does
/// not exist yet (and, with demo data, the demo host operator). A second start re-seeds nothing.
/// </summary>
public sealed class StartupTasks(IServiceProvider services, IOptions<RecipeOptions> options, ILogger<StartupTasks> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken ct)
    {
        // Loaded now, not at the first cookie: a wrong certificate path stops the start, a missing one is warned about.
        services.GetRequiredService<Eboi.Core.Data.DataProtection.KeyEncryptionCertificates>();
        await services.GetRequiredService<MigrationRunner>().MigrateAsync(ct);
        await services.GetRequiredService<AppRoleCheck>().EnsureSafeAsync(ct);
        foreach (var file in options.Value.SeedRecipes)
        {
            var path = Path.IsPathRooted(file) ? file : Path.Combine(options.Value.RecipesPath, file);
            var source = RecipeSource.FromFile(path);
            var slug = System.Text.Json.JsonDocument.Parse(source.Json).RootElement.GetProperty("tenant").GetProperty("slug").GetString()!;
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
            if (db.Tenants.Any(t => t.Slug == slug)) continue;
            var result = await scope.ServiceProvider.GetRequiredService<RecipeApplier>()
                .ApplyAsync(source, new RecipeApplyOptions(Demo: options.Value.SeedDemo), ct);
            logger.LogInformation("Seeded tenant {Tenant} from {Recipe} ({Changes} records)", result.Slug, source.DisplayName, result.Changes);
        }
        if (options.Value.SeedDemo)
        {
            using var scope = services.CreateScope();
            await DemoOperator.EnsureAsync(scope.ServiceProvider, ct);
        }
        services.GetRequiredService<TenantRegistry>().Invalidate();
    }

    public Task StartAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken ct) => Task.CompletedTask;
}
