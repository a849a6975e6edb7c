using System.Text.Json.Nodes;
using Eboi.Catalog.Recipes;
using Eboi.Core.Recipes;
using Eboi.Recipes;
using Eboi.Recipes.Schema;
using Eboi.Recipes.Sources;

namespace Eboi.Tests.Recipes;

/// <summary>The modules' recipe steps as the engine composes them: one schema, every step's errors at once.</summary>
public sealed class RecipeStepsTests
{
    private static JsonObject Template() => JsonNode.Parse(File.ReadAllText(RecipeFiles.PathOf("gmina-template")))!.AsObject();

    private static List<RecipeError> Errors(JsonObject recipe, IEnumerable<IRecipeStep>? steps = null)
    {
        var errors = new List<RecipeError>();
        RecipeFiles.Loader(steps).TryLoad(new RecipeSource(recipe.ToJsonString(), RecipeFiles.Folder, "test"), errors);
        return errors;
    }

    [Fact]
    public void The_published_schema_is_the_composition_of_the_modules_steps()
    {
        var published = JsonNode.Parse(File.ReadAllText(Path.Combine(RecipeFiles.Folder, RecipeSchema.Id)));
        var composed = RecipeSchema.Compose(RecipeFiles.ModuleSteps(), RecipeFiles.Modules);

        // Property order does not matter to JSON Schema, so neither to the comparison.
        Assert.True(JsonNode.DeepEquals(published, composed),
            $"recipes/{RecipeSchema.Id} differs from the modules' steps and names; write it again with: ./eboi recipe schema > recipes/{RecipeSchema.Id}");
    }

    [Fact]
    public void Every_step_of_the_modules_owns_its_part_of_the_schema()
    {
        var names = RecipeFiles.ModuleSteps().Select(s => $"{s.Section}:{s.Name}").Order(StringComparer.Ordinal);
        Assert.Equal(["Demo:cases", "Demo:citizens", "Demo:faultReports", "Demo:forms", "Demo:staff", "Demo:taxes", "Main:announcements", "Main:catalog", "Main:contentTypes", "Main:faultReports", "Main:forms", "Main:pages", "Main:payments", "Main:regulamin", "Main:roles", "Main:users", "Main:workflows"], names);
    }

    [Fact]
    public void Errors_of_several_steps_are_reported_together_with_their_paths()
    {
        var recipe = Template();
        recipe["tenant"]!["bankAccount"] = "12345678901234567890123456";
        var pages = recipe["pages"]!.AsArray();
        pages.Add(pages[0]!.DeepClone());
        recipe["users"]![0]!["roles"] = new JsonArray("Sołtys");
        recipe["catalog"]!["services"]!.AsArray().Add(new JsonObject { ["use"] = "nie-ma-takiej-karty" });
        recipe["demo"] = new JsonObject
        {
            ["staff"] = new JsonArray(new JsonObject { ["email"] = "demo@example.pl", ["firstName"] = "A", ["lastName"] = "B", ["roles"] = new JsonArray("Skarbnik") }),
        };

        var paths = Errors(recipe).Select(e => e.Path).ToList();

        Assert.Contains("$.tenant.bankAccount", paths);
        Assert.Contains($"$.pages[{pages.Count - 1}].slug", paths);
        Assert.Contains("$.users[0].roles[0]", paths);
        Assert.Contains($"$.catalog.services[{recipe["catalog"]!["services"]!.AsArray().Count - 1}].use", paths);
        Assert.Contains("$.demo.staff[0].roles[0]", paths);
    }

    [Fact]
    public void A_section_whose_module_is_not_in_the_application_is_an_error_at_its_path()
    {
        var withoutCatalog = RecipeFiles.ModuleSteps().Where(s => s is not CatalogStep);

        var error = Assert.Single(Errors(Template(), withoutCatalog));

        Assert.Equal("$.catalog", error.Path);
        Assert.Contains("catalog", error.Message);
    }

    [Fact]
    public void A_catalog_needs_the_catalog_module()
    {
        var recipe = Template();
        recipe["modules"] = new JsonArray();
        Assert.Contains(Errors(recipe), e => e.Path == "$.modules" && e.Message.Contains("Catalog"));
    }

    [Fact]
    public void The_same_recipe_validates_without_the_steps_it_does_not_use()
    {
        var recipe = Template();
        recipe.Remove("catalog");
        recipe["modules"] = new JsonArray([.. recipe["modules"]!.AsArray().Select(m => m!.GetValue<string>()).Where(m => m != "Catalog").Select(m => JsonValue.Create(m))]);
        var withoutCatalog = RecipeFiles.ModuleSteps().Where(s => s is not CatalogStep);

        Assert.Empty(Errors(recipe, withoutCatalog));
    }
}
