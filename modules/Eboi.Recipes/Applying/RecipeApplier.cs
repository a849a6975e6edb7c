using Eboi.Core.Data;
using Eboi.Core.Recipes;
using Eboi.Core.Tenancy;
using Eboi.Core.Web;
using Eboi.Recipes.Sources;
using Eboi.Recipes.Validation;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Eboi.Recipes;

/// <summary>
/// Applies a validated recipe in one transaction (all or nothing): the tenant first, then every registered step by
/// its order, idempotently by stable keys: applying the same recipe again writes nothing. Used by the CLI, the
/// start-up seeding and the host panel.
/// </summary>
public sealed class RecipeApplier(
    EboiDbContext db,
    RecipeLoader loader,
    TenantRegistry registry,
    IEnumerable<IRecipeStep> steps,
    IServiceProvider services,
    IOutputCacheStore outputCache,
    TimeProvider clock,
    IEnumerable<IRecipeStepObserver> observers,
    ILogger<RecipeApplier> logger)
{
    /// <summary>The name observers see for the tenant part, which the engine applies itself.</summary>
    public const string TenantStep = "tenant";

    private readonly IReadOnlyList<IRecipeStep> _steps = RecipeSteps.Ordered(steps);

    public Task<RecipeApplyResult> ApplyAsync(RecipeSource source, RecipeApplyOptions? options = null, CancellationToken ct = default) =>
        ApplyAsync(loader.Load(source), options, ct);

    /// <summary>Applies a recipe the caller has already loaded (and so validated), e.g. the host panel's.</summary>
    public async Task<RecipeApplyResult> ApplyAsync(LoadedRecipe loaded, RecipeApplyOptions? options = null, CancellationToken ct = default)
    {
        options ??= new();
        var recipe = loaded.Recipe;
        var slug = options.Slug ?? recipe.Tenant.Slug;
        var hosts = recipe.Tenant.Hosts.Concat(options.ExtraHosts ?? []).Select(h => h.ToLowerInvariant()).Distinct().ToList();
        var errors = new List<RecipeError>();
        CheckHosts(recipe.Tenant.Hosts, options, errors);
        await CheckAgainstDatabaseAsync(slug, hosts, errors, ct);

        // The tenant must be known before the connection opens: the RLS session setting is written on open.
        var existing = await db.Tenants.AsNoTracking().Where(t => t.Slug == slug).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(ct);
        var tenantId = existing ?? Guid.CreateVersion7();
        var context = new RecipeApplyContext(tenantId, slug, existing is null, loaded.Json, loaded.State, options.ExtraUsers ?? [], options.Demo, services);
        foreach (var step in Applied(options)) step.ValidateOptions(RecipeSteps.Fragment(loaded.Json, step), context, errors);
        if (errors.Count > 0) throw new RecipeValidationException(errors);

        try
        {
            return await ApplyInTransactionAsync(context, hosts, loaded, options, ct);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } pg
                                          && pg.TableName is "tenant_hosts" or "tenants")
        {
            // Another request took the host or slug between the check above and the commit: same answer as the check.
            throw new RecipeValidationException([pg.TableName == "tenant_hosts"
                ? new("$.tenant.hosts", $"Host z listy ({string.Join(", ", hosts)}) należy już do innego urzędu.")
                : new("slug", $"Urząd o adresie „{slug}” już istnieje.")]);
        }
    }

    // Demo steps run only when asked for (--demo, ./eboi run).
    private IEnumerable<IRecipeStep> Applied(RecipeApplyOptions options) => _steps.Where(s => options.Demo || s.Section != RecipeSection.Demo);

    private async Task<RecipeApplyResult> ApplyInTransactionAsync(RecipeApplyContext context, List<string> hosts,
        LoadedRecipe loaded, RecipeApplyOptions options, CancellationToken ct)
    {
        var recipe = loaded.Recipe;
        // One transaction for every step (all or nothing), with the tenant set on the connection for RLS.
        var result = await db.ForTenantAsync(context.TenantId, async ct =>
        {
            var changes = await Step(TenantStep, () => StageTenantAsync(context, hosts, recipe, RecipeDigest.Of(loaded.Json), ct), ct);
            foreach (var step in Applied(options))
                changes += await Step(RecipeSteps.DisplayName(step), () => step.ApplyAsync(RecipeSteps.Fragment(loaded.Json, step), context, ct), ct);
            if (changes > 0)
            {
                await db.Tenants.Where(t => t.Id == context.TenantId).ExecuteUpdateAsync(s => s.SetProperty(t => t.UpdatedAt, clock.GetUtcNow()), ct);
                foreach (var step in Applied(options)) await step.OnRecipeChangedAsync(context, ct);
                await outputCache.EvictByTagAsync(TenantCacheTags.ForTenant(context.TenantId), ct);
            }
            return new RecipeApplyResult(context.TenantId, context.TenantSlug, context.Created, changes);
        }, ct);
        registry.Invalidate();
        logger.LogInformation("Recipe {Recipe} applied to tenant {Tenant}: {Changes} changes", recipe.Name, context.TenantSlug, result.Changes);
        return result;
    }

    private async Task<int> Step(string name, Func<Task<int>> stage, CancellationToken ct)
    {
        // Content steps count the items they changed; the tenant step reports the rows it wrote.
        var staged = await stage();
        var written = await db.SaveChangesAsync(ct);
        var changes = staged > 0 ? staged : written;
        foreach (var observer in observers) await observer.OnStepAppliedAsync(name, changes, ct);
        return changes;
    }

    // The recipe's own hosts pass the same rule as hosts typed on the host panel's form (HostNames.Problem).
    private static void CheckHosts(IReadOnlyList<string> recipeHosts, RecipeApplyOptions options, List<RecipeError> errors)
    {
        for (var i = 0; i < recipeHosts.Count; i++)
            if (HostNames.Problem(recipeHosts[i].ToLowerInvariant(), options.ReservedHost) is { } problem) errors.Add(new($"$.tenant.hosts[{i}]", problem));
        foreach (var host in options.ExtraHosts ?? [])
            if (HostNames.Problem(host.ToLowerInvariant(), options.ReservedHost) is { } problem) errors.Add(new("hosts", problem));
    }

    private async Task CheckAgainstDatabaseAsync(string slug, IReadOnlyList<string> hosts, List<RecipeError> errors, CancellationToken ct)
    {
        if (ReservedNames.TenantSlugs.Contains(slug)) errors.Add(new("slug", $"Adres „{slug}” jest zarezerwowany przez aplikację."));
        else if (!TenantSlugs.IsValid(slug)) errors.Add(new("slug", $"„{slug}”: {TenantSlugs.Rule}"));
        var taken = await db.TenantHosts.AsNoTracking().Where(h => hosts.Contains(h.Host))
            .Join(db.Tenants, h => h.TenantId, t => t.Id, (h, t) => new { h.Host, t.Slug }).ToListAsync(ct);
        foreach (var h in taken.Where(h => h.Slug != slug))
            errors.Add(new("$.tenant.hosts", $"Host „{h.Host}” należy już do urzędu „{h.Slug}”."));
    }

    private async Task<int> StageTenantAsync(RecipeApplyContext context, List<string> hosts, Recipe recipe, string digest, CancellationToken ct)
    {
        var t = recipe.Tenant;
        var modules = recipe.Modules.Order(StringComparer.Ordinal).ToList();
        var tenant = await db.Tenants.Include(x => x.Hosts).FirstOrDefaultAsync(x => x.Id == context.TenantId, ct);
        var now = clock.GetUtcNow();
        if (tenant is null)
        {
            tenant = new Tenant { Id = context.TenantId, Slug = context.TenantSlug, CreatedAt = now, UpdatedAt = now };
            db.Tenants.Add(tenant);
        }
        tenant.Name = t.Name;
        tenant.OfficeName = t.OfficeName;
        tenant.Theme = t.Theme;
        if (!tenant.Modules.SequenceEqual(modules)) tenant.Modules = modules;
        tenant.Profile = t.Profile;
        tenant.RecipeName = recipe.Name;
        tenant.RecipeSha256 = digest;
        // Hosts are added, never removed, by a recipe: an operator may have added some in the host panel.
        tenant.AddHosts(hosts);
        return 0;
    }
}
