using System.Text.Json.Nodes;
using Eboi.Catalog.Domain;
using Eboi.Content.Domain;
using Eboi.Content.Publishing;
using Eboi.Core.Data;
using Eboi.Core.Modules;
using Eboi.Core.Tenancy;
using Eboi.Core.Text;
using Eboi.Recipes.Model;
using Eboi.Recipes.Sources;
using Eboi.Recipes.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Eboi.Recipes.Applying;

/// <summary>
/// Applies a validated recipe in one transaction (all or nothing), idempotently by stable keys: applying the
/// same recipe again writes nothing. Used by the CLI, the start-up seeding and the host panel.
/// </summary>
public sealed class RecipeApplier(
    EboiDbContext db,
    RecipeLoader loader,
    ContentService content,
    ContentTypeService contentTypes,
    TenantRegistry registry,
    RoleSeeder roles,
    UserSeeder users,
    DemoStaffSeeder demoStaff,
    TimeProvider clock,
    IEnumerable<IRecipeStepObserver> observers,
    ILogger<RecipeApplier> logger)
{
    private const string Author = "przepis";

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
        RecipeUserRules.Check(options.ExtraUsers ?? [], RecipeUserRules.ExtraPath, recipe.Roles, errors);
        CheckHosts(recipe.Tenant.Hosts, options, errors);
        await CheckAgainstDatabaseAsync(slug, hosts, errors, ct);
        if (errors.Count > 0) throw new RecipeValidationException(errors);

        // The tenant must be known before the connection opens: the RLS session setting is written on open.
        var existing = await db.Tenants.AsNoTracking().Where(t => t.Slug == slug).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(ct);
        var tenantId = existing ?? Guid.CreateVersion7();
        db.UseTenant(tenantId);
        await db.Database.CloseConnectionAsync();

        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await ApplyInTransactionAsync(strategy, tenantId, existing, slug, hosts, loaded, options, ct);
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

    private async Task<RecipeApplyResult> ApplyInTransactionAsync(IExecutionStrategy strategy, Guid tenantId, Guid? existing, string slug,
        List<string> hosts, LoadedRecipe loaded, RecipeApplyOptions options, CancellationToken ct)
    {
        var recipe = loaded.Recipe;
        var result = await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var changes = 0;
            changes += await Step("tenant", () => StageTenantAsync(tenantId, slug, hosts, recipe, ct), ct);
            changes += await Step("roles", () => roles.ApplyAsync(recipe.Roles, ct), ct);
            changes += await Step("contentTypes", () => StageContentTypesAsync(tenantId, recipe, ct), ct);
            changes += await Step("pages", () => StagePagesAsync(tenantId, recipe, ct), ct);
            changes += await Step("regulamin", () => StageRegulaminAsync(tenantId, recipe, ct), ct);
            changes += await Step("catalog", () => StageCatalogAsync(tenantId, loaded, ct), ct);
            // Last of the production steps: its invitation e-mails are staged only when everything before succeeded.
            changes += await Step("users", () => users.ApplyAsync(slug, recipe.Users, options.ExtraUsers ?? [], ct), ct);
            if (options.Demo)
                changes += await Step("demo", () => demoStaff.ApplyAsync(slug, recipe.Demo, recipe.Regulamin?.Version, ct), ct);
            if (changes > 0)
            {
                await db.Tenants.Where(t => t.Id == tenantId).ExecuteUpdateAsync(s => s.SetProperty(t => t.UpdatedAt, clock.GetUtcNow()), ct);
                await content.ChangedAsync(tenantId, CatalogContentTypes.Service, ct);
            }
            await tx.CommitAsync(ct);
            return new RecipeApplyResult(tenantId, slug, existing is null, changes);
        });
        registry.Invalidate();
        logger.LogInformation("Recipe {Recipe} applied to tenant {Tenant}: {Changes} changes", recipe.Name, slug, result.Changes);
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

    private async Task<int> StageTenantAsync(Guid id, string slug, List<string> hosts, Recipe recipe, CancellationToken ct)
    {
        var t = recipe.Tenant;
        var modules = recipe.Modules.Order(StringComparer.Ordinal).ToList();
        var tenant = await db.Tenants.Include(x => x.Hosts).FirstOrDefaultAsync(x => x.Id == id, ct);
        var now = clock.GetUtcNow();
        if (tenant is null)
        {
            tenant = new Tenant { Id = id, Slug = slug, CreatedAt = now, UpdatedAt = now };
            db.Tenants.Add(tenant);
        }
        tenant.Name = t.Name;
        tenant.OfficeName = t.OfficeName;
        tenant.Theme = t.Theme;
        if (!tenant.Modules.SequenceEqual(modules)) tenant.Modules = modules;
        tenant.Profile = t.Profile;
        tenant.RecipeName = recipe.Name;
        // Hosts are added, never removed, by a recipe: an operator may have added some in the host panel.
        tenant.AddHosts(hosts);
        return 0;
    }

    private async Task<int> StageContentTypesAsync(Guid tenantId, Recipe recipe, CancellationToken ct)
    {
        var changes = 0;
        ContentTypeDefinition[] types = [BuiltInContentTypes.Page, BuiltInContentTypes.Regulamin];
        if (recipe.Modules.Contains(ModuleNames.Catalog)) types = [.. types, CatalogContentTypes.ServiceDefinition, CatalogContentTypes.CategoryDefinition];
        foreach (var type in types)
            if (await contentTypes.StageAsync(tenantId, type, ct)) changes++;
        return changes;
    }

    private async Task<int> StagePagesAsync(Guid tenantId, Recipe recipe, CancellationToken ct)
    {
        var changes = 0;
        foreach (var page in recipe.Pages)
        {
            var draft = new ContentDraft(page.Title, page.Slug, new JsonObject { ["body"] = page.Body, ["menu"] = page.Menu },
                SearchText: MarkdownRenderer.ToPlainText(page.Body));
            if (await content.StagePublishedAsync(tenantId, ContentTypeNames.Page, page.Slug, draft, Author, ct)) changes++;
        }
        return changes;
    }

    private async Task<int> StageRegulaminAsync(Guid tenantId, Recipe recipe, CancellationToken ct)
    {
        if (recipe.Regulamin is not { } r) return 0;
        var data = new JsonObject { ["version"] = r.Version, ["effectiveFrom"] = r.EffectiveFrom, ["body"] = r.Body };
        var draft = new ContentDraft(r.Title, "regulamin", data, SearchText: MarkdownRenderer.ToPlainText(r.Body));
        return await content.StagePublishedAsync(tenantId, ContentTypeNames.Regulamin, "regulamin", draft, Author, ct) ? 1 : 0;
    }

    private async Task<int> StageCatalogAsync(Guid tenantId, LoadedRecipe loaded, CancellationToken ct)
    {
        var changes = 0;
        for (var i = 0; i < loaded.Categories.Count; i++)
        {
            var c = loaded.Categories[i];
            var draft = new ContentDraft(c.Title, c.Key, new JsonObject { ["description"] = c.Description ?? "" }, SortOrder: i,
                SearchText: c.Description ?? "");
            if (await content.StagePublishedAsync(tenantId, CatalogContentTypes.Category, c.Key, draft, Author, ct)) changes++;
        }
        var titles = loaded.Categories.ToDictionary(c => c.Key, c => c.Title);
        for (var i = 0; i < loaded.Services.Count; i++)
        {
            var draft = ServiceCardDraft.From(loaded.Services[i], i, titles);
            if (await content.StagePublishedAsync(tenantId, CatalogContentTypes.Service, loaded.Services[i]["key"]!.GetValue<string>(), draft, Author, ct)) changes++;
        }
        return changes;
    }
}
