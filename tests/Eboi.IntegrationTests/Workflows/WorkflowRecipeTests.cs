using System.Text.Json.Nodes;
using Eboi.Core.Recipes;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Recipes;
using Eboi.Recipes.Sources;
using Eboi.Workflows.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Eboi.IntegrationTests.Workflows;

/// <summary>The recipe step "workflows": validated with JSON paths before anything is written, applied by key idempotently, versioned on change.</summary>
public sealed class WorkflowRecipeTests : FreshAppTest
{
    private const string Slug = "gmina-z-procesami";

    protected override bool Seed => false;

    protected override void ConfigureServices(IServiceCollection services) =>
        WorkflowsApp.AddTestServices(services, new FakeTimeProvider(DateTimeOffset.UtcNow), new FlakySwitch());

    private static JsonObject Workflow(string reminderRole = "Moderator", string task = "email.send") => new()
    {
        ["key"] = "zgloszenie",
        ["title"] = "Zgłoszenie",
        ["trigger"] = new JsonObject { ["event"] = WorkflowsApp.Reported },
        ["activities"] = new JsonArray(
            new JsonObject { ["id"] = "potwierdzenie", ["task"] = "email.send", ["settings"] = new JsonObject { ["odbiorca"] = "osoba", ["szablon"] = WorkflowsApp.Template } },
            new JsonObject { ["id"] = "czekaj", ["task"] = "czekaj", ["settings"] = new JsonObject { ["dni"] = "3", ["wydarzenia"] = WorkflowsApp.StatusChanged } },
            new JsonObject { ["id"] = "przypomnij", ["task"] = task, ["settings"] = new JsonObject { ["odbiorca"] = "rola", ["rola"] = reminderRole, ["szablon"] = WorkflowsApp.Template } }),
        ["transitions"] = new JsonArray(
            new JsonObject { ["from"] = "potwierdzenie", ["outcome"] = "gotowe", ["to"] = "czekaj" },
            new JsonObject { ["from"] = "czekaj", ["outcome"] = "uplynal-czas", ["to"] = "przypomnij" }),
    };

    private static JsonObject Recipe(params JsonObject[] workflows)
    {
        var doc = JsonNode.Parse(File.ReadAllText(Path.Combine(RecipePaths.FindRecipesFolder(), "gmina-template.recipe.json")))!.AsObject();
        if (!doc["modules"]!.AsArray().Any(m => m!.GetValue<string>() == "Workflows")) doc["modules"]!.AsArray().Add("Workflows");
        doc["workflows"] = new JsonArray([.. workflows.Select(w => w.DeepClone())]);
        doc["users"] = new JsonArray(new JsonObject
        {
            ["email"] = "sekretarz.procesy@example.test", ["firstName"] = "Anna", ["lastName"] = "Nowak", ["roles"] = new JsonArray("Administrator"),
        });
        return doc;
    }

    private async Task<RecipeApplyResult> ApplyAsync(JsonObject recipe)
    {
        using var scope = App.Services.CreateScope();
        var source = new RecipeSource(recipe.ToJsonString(), RecipePaths.FindRecipesFolder(), "test.recipe.json");
        return await scope.ServiceProvider.GetRequiredService<RecipeApplier>().ApplyAsync(source, new RecipeApplyOptions(Slug: Slug));
    }

    [Fact]
    public async Task Invalid_workflows_are_refused_with_their_json_paths_before_anything_is_written()
    {
        var bad = Workflow(reminderRole: "Sołtys");
        bad["activities"]![1]!["task"] = "czekaj-na-cos";
        bad["transitions"]!.AsArray().Add(new JsonObject { ["from"] = "potwierdzenie", ["outcome"] = "tak", ["to"] = "nie-ma" });
        bad["trigger"]!["event"] = "usterki.nie-ma";
        var e = await Assert.ThrowsAsync<RecipeValidationException>(() => ApplyAsync(Recipe(bad)));
        var paths = e.Errors.Select(x => x.Path).ToList();
        Assert.Contains("$.workflows[0].trigger.event", paths);
        Assert.Contains("$.workflows[0].activities[1].task", paths);
        Assert.Contains("$.workflows[0].activities[2].settings.rola", paths);
        Assert.Contains("$.workflows[0].transitions[2].outcome", paths);
        Assert.Contains("$.workflows[0].transitions[2].to", paths);
        Assert.Null(await App.Services.GetRequiredService<Eboi.Core.Tenancy.TenantRegistry>().FindBySlugAsync(Slug));
    }

    [Fact]
    public async Task Applying_again_changes_nothing_and_a_changed_workflow_becomes_its_next_version()
    {
        var first = await ApplyAsync(Recipe(Workflow()));
        Assert.True(first.Created);
        var again = await ApplyAsync(Recipe(Workflow()));
        Assert.Equal(0, again.Changes);
        Assert.Equal(1, await VersionAsync());

        var changed = Workflow();
        changed["activities"]![2]!["settings"]!["rola"] = "Administrator";
        Assert.True((await ApplyAsync(Recipe(changed))).Changes > 0);
        Assert.Equal(2, await VersionAsync());
        Assert.Equal(2, await WorkflowsApp.Query(App, Slug, db => db.Set<WorkflowVersion>().CountAsync()));
        Assert.Equal(0, (await ApplyAsync(Recipe(changed))).Changes);
    }

    private Task<int> VersionAsync() =>
        WorkflowsApp.Query(App, Slug, db => db.Set<WorkflowDefinition>().Where(d => d.Key == "zgloszenie").Select(d => d.Version).SingleAsync());
}
