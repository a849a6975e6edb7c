using System.Net;
using Eboi.Catalog;
using Eboi.Core.Data;
using Eboi.Core.Recipes;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Recipes;
using Eboi.Recipes.Sources;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Eboi.IntegrationTests.Recipes;

/// <summary>Recipes apply all or nothing, idempotently; a fifth gmina is onboarded from the template.</summary>
public sealed class RecipeApplyTests : FreshAppTest
{
    private readonly FailingObserver _observer = new();

    protected override bool Seed => false;

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IRecipeStepObserver>(_observer);

    private static string Recipe(string name) => Path.Combine(RecipePaths.FindRecipesFolder(), name);

    private async Task<RecipeApplyResult> ApplyAsync(string file, RecipeApplyOptions? options = null)
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RecipeApplier>().ApplyAsync(RecipeSource.FromFile(Recipe(file)), options);
    }

    private async Task<Dictionary<string, long>> SnapshotAsync()
    {
        // As the owner with each tenant set in turn would be RLS-filtered; a superuser sees the whole database.
        var cs = new NpgsqlConnectionStringBuilder(TestDatabase.AdminConnectionString) { Database = Db.Name }.ConnectionString;
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        var counts = new Dictionary<string, long>();
        foreach (var sql in new[]
        {
            "SELECT count(*) FROM tenants", "SELECT count(*) FROM tenant_hosts", "SELECT count(*) FROM content_types",
            "SELECT count(*) FROM content_items", "SELECT count(*) FROM content_versions", "SELECT count(*) FROM service_directory",
            "SELECT coalesce(extract(epoch FROM max(updated_at)) * 1000000, 0)::bigint FROM tenants",
            "SELECT coalesce(sum(number), 0) FROM content_versions",
        })
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            counts[sql] = Convert.ToInt64(await cmd.ExecuteScalarAsync());
        }
        return counts;
    }

    [Fact]
    public async Task Applying_a_recipe_twice_changes_nothing_the_second_time()
    {
        var first = await ApplyAsync("pokrzywnica.recipe.json");
        Assert.True(first.Created);
        Assert.True(first.Changes > 30);
        var before = await SnapshotAsync();

        var second = await ApplyAsync("pokrzywnica.recipe.json");

        Assert.False(second.Created);
        Assert.Equal(0, second.Changes);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Applying_a_recipe_with_its_demo_data_twice_changes_nothing_the_second_time()
    {
        // A changed seed recipe is applied again at start-up with the demo (./eboi run): the demo must not double.
        var first = await ApplyAsync("kozy.recipe.json", new RecipeApplyOptions(Demo: true));
        Assert.True(first.Changes > 100);
        var before = await SnapshotAsync();

        var second = await ApplyAsync("kozy.recipe.json", new RecipeApplyOptions(Demo: true));

        Assert.Equal(0, second.Changes);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_recipe_that_fails_half_way_leaves_nothing_behind()
    {
        _observer.FailAt = "catalog";
        await Assert.ThrowsAsync<InvalidOperationException>(() => ApplyAsync("kozy.recipe.json"));
        _observer.FailAt = null;

        var after = await SnapshotAsync();
        Assert.All(after.Where(kv => !kv.Key.Contains("max(updated_at)") && !kv.Key.Contains("sum(number)")), kv => Assert.Equal(0, kv.Value));

        // and the same recipe then applies cleanly
        var result = await ApplyAsync("kozy.recipe.json");
        Assert.True(result.Created);
    }

    [Fact]
    public async Task The_template_onboards_a_fifth_gmina_served_without_restart()
    {
        var client = App.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/nowa-gmina/")).StatusCode);

        var result = await ApplyAsync("gmina-template.recipe.json", new RecipeApplyOptions(Slug: "nowa-gmina", ExtraHosts: ["nowa.example.pl"]));

        Assert.Equal("nowa-gmina", result.Slug);
        var home = await client.GetAsync("/nowa-gmina/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var catalog = await client.GetStringAsync($"/nowa-gmina{CatalogPaths.List}");
        Assert.Contains("Katalog spraw", catalog);
        var byHost = new HttpRequestMessage(HttpMethod.Get, "/");
        byHost.Headers.Host = "nowa.example.pl";
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(byHost)).StatusCode);
    }

    [Fact]
    public async Task A_host_name_of_another_tenant_is_refused_before_anything_is_written()
    {
        await ApplyAsync("siedlec.recipe.json");
        var before = await SnapshotAsync();
        var e = await Assert.ThrowsAsync<RecipeValidationException>(() =>
            ApplyAsync("gmina-template.recipe.json", new RecipeApplyOptions(Slug: "inna", ExtraHosts: ["siedlec.localhost"])));
        Assert.Contains(e.Errors, x => x.Message.Contains("siedlec.localhost"));
        Assert.Equal(before, await SnapshotAsync());
    }

    private sealed class FailingObserver : IRecipeStepObserver
    {
        public string? FailAt { get; set; }

        public Task OnStepAppliedAsync(string step, int changes, CancellationToken ct) =>
            step == FailAt ? throw new InvalidOperationException($"simulated failure after step {step}") : Task.CompletedTask;
    }
}
