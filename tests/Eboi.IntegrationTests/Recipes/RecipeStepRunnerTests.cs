using System.Text.Json;
using Eboi.Core.Recipes;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Recipes;
using Eboi.Recipes.Sources;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Eboi.IntegrationTests.Recipes;

/// <summary>The engine runs the modules' steps by their order, in one transaction: a step that fails undoes every step before it.</summary>
public sealed class RecipeStepRunnerTests : FreshAppTest
{
    private readonly RecordingObserver _observer = new();
    private readonly ProbeStep _failing = new("failing", 950);

    protected override bool Seed => false;

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IRecipeStepObserver>(_observer);
        services.AddSingleton<IRecipeStep>(new ProbeStep("probe", 450));
        services.AddSingleton<IRecipeStep>(_failing);
    }

    private async Task<RecipeApplyResult> ApplyAsync(string file)
    {
        using var scope = App.Services.CreateScope();
        var source = RecipeSource.FromFile(Path.Combine(RecipePaths.FindRecipesFolder(), file));
        return await scope.ServiceProvider.GetRequiredService<RecipeApplier>().ApplyAsync(source);
    }

    private async Task<long> CountAsync(string table)
    {
        // A superuser sees every tenant's rows (RLS would hide them from the app role).
        var cs = new NpgsqlConnectionStringBuilder(TestDatabase.AdminConnectionString) { Database = Db.Name }.ConnectionString;
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"SELECT count(*) FROM {table}", conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Steps_run_by_their_order_after_the_tenant_and_demo_steps_only_with_demo()
    {
        await ApplyAsync("kozy.recipe.json");

        Assert.Equal(["tenant", "roles", "contentTypes", "pages", "regulamin", "probe", "catalog", "announcements", "faultReports", "forms", "payments", "workflows", "users", "failing"], _observer.Steps);
    }

    [Fact]
    public async Task A_step_that_fails_undoes_every_step_before_it()
    {
        _failing.Fail = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() => ApplyAsync("gmina-template.recipe.json"));
        _failing.Fail = false;

        Assert.Contains("users", _observer.Steps);   // the users step had staged its invitation before the failure
        foreach (var table in new[] { "tenants", "tenant_hosts", "roles", "role_claims", "users", "content_types", "content_items", "content_versions", "email_outbox" })
            Assert.True(await CountAsync(table) == 0, $"{table} kept rows of a failed recipe");

        var result = await ApplyAsync("gmina-template.recipe.json");
        Assert.True(result.Created);
        Assert.Equal(1, await CountAsync("tenants"));
    }

    private sealed class ProbeStep(string name, int order) : IRecipeStep
    {
        public bool Fail { get; set; }
        public string Name => name;
        public int Order => order;
        public RecipeSchemaFragment? Schema => null;

        public void Validate(JsonElement? fragment, RecipeValidationContext context, List<RecipeError> errors) { }

        public Task<int> ApplyAsync(JsonElement? fragment, RecipeApplyContext context, CancellationToken ct) =>
            Fail ? throw new InvalidOperationException($"simulated failure in step {name}") : Task.FromResult(0);
    }

    private sealed class RecordingObserver : IRecipeStepObserver
    {
        public List<string> Steps { get; } = [];

        public Task OnStepAppliedAsync(string step, int changes, CancellationToken ct)
        {
            Steps.Add(step);
            return Task.CompletedTask;
        }
    }
}
