using Eboi.Core.Data;
using Eboi.Core.Tenancy;
using Eboi.HostPanel;
using Eboi.Recipes;
using Eboi.Recipes.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eboi.Cms.Hosting;

/// <summary>
/// Before anything else starts (the server included): apply migrations, refuse an app role that bypasses RLS, then the
/// seed recipes (./eboi run's four gminy) whose tenant does not exist yet or was built from another version of the
/// same recipe (and, with demo data, the demo host operator). A recipe applies idempotently, so an unchanged one is
/// skipped and a changed one (a module added, a form changed) brings an existing data folder up to date.
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
            using var json = System.Text.Json.JsonDocument.Parse(source.Json);
            var slug = json.RootElement.GetProperty("tenant").GetProperty("slug").GetString()!;
            var name = json.RootElement.GetProperty("name").GetString();
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
            var existing = await db.Tenants.AsNoTracking().Where(t => t.Slug == slug).Select(t => new { t.RecipeName, t.RecipeSha256 }).FirstOrDefaultAsync(ct);
            // A tenant of that slug built from another recipe (the operator's) is not the seed's to change.
            if (existing is not null && (existing.RecipeName != name || existing.RecipeSha256 == RecipeDigest.Of(json.RootElement))) continue;
            var result = await scope.ServiceProvider.GetRequiredService<RecipeApplier>()
                .ApplyAsync(source, new RecipeApplyOptions(Demo: options.Value.SeedDemo), ct);
            if (existing is null) logger.LogInformation("Seeded tenant {Tenant} from {Recipe} ({Changes} records)", result.Slug, source.DisplayName, result.Changes);
            else logger.LogInformation("Re-applied {Recipe} to tenant {Tenant}, built from another version of it ({Changes} changes)", source.DisplayName, result.Slug, result.Changes);
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
