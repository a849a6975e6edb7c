using Eboi.Core.Recipes;
using Eboi.Recipes;
using Eboi.Recipes.Sources;

namespace Eboi.Tests.Recipes;

public sealed class RecipeValidationTests
{
    public static TheoryData<string> AllRecipes() => new(Directory.GetFiles(RecipeFiles.Folder, "*.recipe.json").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(AllRecipes))]
    public void Every_shipped_recipe_is_valid(string file)
    {
        var loaded = RecipeFiles.Load(file);
        Assert.True(loaded.Services().Count >= 25, $"{file}: {loaded.Services().Count} services");
    }

    [Fact]
    public void Broken_recipe_reports_every_error_with_its_path()
    {
        var json = File.ReadAllText(RecipeFiles.PathOf("gmina-template"))
            .Replace("\"slug\": \"przykladowo\"", "\"slug\": \"Zła Nazwa\"")
            .Replace("\"theme\": \"Base\"", "\"theme\": \"Fioletowy\"");
        var doc = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        doc["modules"]!.AsArray().Add("Teleportacja");
        doc["tenant"]!["bankAccount"] = "12345678901234567890123456";
        doc["catalog"]!["services"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["use"] = "nie-ma-takiej-karty" });
        doc["catalog"]!["services"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["key"] = "bez-tytulu", ["category"] = "usc", ["description"] = "x" });

        var errors = new List<RecipeError>();
        RecipeFiles.Loader().TryLoad(new RecipeSource(doc.ToJsonString(), RecipeFiles.Folder, "broken"), errors);

        var paths = errors.Select(e => e.Path).ToList();
        Assert.Contains("$.tenant.slug", paths);
        Assert.Contains("$.tenant.theme", paths);
        Assert.Contains(paths, p => p.StartsWith("$.modules[", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.EndsWith(".title", StringComparison.Ordinal) && p.StartsWith("$.catalog.services[", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    [Fact]
    public void Semantic_errors_are_all_reported_together()
    {
        var doc = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(RecipeFiles.PathOf("gmina-template")))!.AsObject();
        doc["tenant"]!["bankAccount"] = "12345678901234567890123456";
        doc["tenant"]!["slug"] = "admin";
        var services = doc["catalog"]!["services"]!.AsArray();
        services.Add(new System.Text.Json.Nodes.JsonObject { ["use"] = "nie-ma-takiej-karty" });
        services.Add(services[0]!.DeepClone());

        var errors = new List<RecipeError>();
        RecipeFiles.Loader().TryLoad(new RecipeSource(doc.ToJsonString(), RecipeFiles.Folder, "broken"), errors);

        var paths = errors.Select(e => e.Path).ToList();
        Assert.Contains("$.tenant.bankAccount", paths);
        Assert.Contains("$.tenant.slug", paths);
        Assert.Contains($"$.catalog.services[{services.Count - 2}].use", paths);
        Assert.Contains($"$.catalog.services[{services.Count - 1}]", paths);   // duplicate key
    }

    [Fact]
    public void Template_invites_a_first_administrator_and_the_gminy_do_not()
    {
        var user = Assert.Single(RecipeFiles.Load("gmina-template").Users());
        Assert.Equal(["Administrator"], user.Roles);
        Assert.All(RecipeFiles.Gminy, g => Assert.Empty(RecipeFiles.Load(g).Users()));   // they use demo staff
    }

    [Fact]
    public void Users_with_unknown_roles_or_repeated_addresses_are_reported_with_their_paths()
    {
        var doc = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(RecipeFiles.PathOf("gmina-template")))!.AsObject();
        var users = doc["users"]!.AsArray();
        var copy = users[0]!.DeepClone();
        copy["email"] = copy["email"]!.GetValue<string>().ToUpperInvariant();
        copy["roles"] = new System.Text.Json.Nodes.JsonArray("Redaktor", "Skarbnik");
        users.Add(copy);

        var errors = new List<RecipeError>();
        RecipeFiles.Loader().TryLoad(new RecipeSource(doc.ToJsonString(), RecipeFiles.Folder, "broken"), errors);

        Assert.Equal(["$.users[1].email", "$.users[1].roles[1]"], errors.Select(e => e.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_library_outside_the_recipes_folder_is_one_error_not_one_per_card()
    {
        var doc = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(RecipeFiles.PathOf("gmina-template")))!.AsObject();
        doc["catalog"]!["library"] = "../../etc/katalog-spraw.json";
        var errors = new List<RecipeError>();
        RecipeFiles.Loader().TryLoad(new RecipeSource(doc.ToJsonString(), RecipeFiles.Folder, "outside"), errors);
        var error = Assert.Single(errors, e => e.Path.StartsWith("$.catalog", StringComparison.Ordinal));
        Assert.Equal("$.catalog.library", error.Path);
    }

    [Fact]
    public void A_malformed_user_address_is_a_schema_error()
    {
        var doc = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(RecipeFiles.PathOf("gmina-template")))!.AsObject();
        doc["users"]![0]!["email"] = "administrator w urzędzie";
        var errors = new List<RecipeError>();
        RecipeFiles.Loader().TryLoad(new RecipeSource(doc.ToJsonString(), RecipeFiles.Folder, "broken"), errors);
        Assert.Contains(errors, e => e.Path == "$.users[0].email");
    }

    [Fact]
    public void Invalid_json_is_reported_with_line()
    {
        var errors = new List<RecipeError>();
        RecipeFiles.Loader().TryLoad(new RecipeSource("{ \"name\": ", RecipeFiles.Folder, "broken"), errors);
        Assert.Single(errors);
        Assert.Contains("Niepoprawny JSON", errors[0].Message);
    }

    [Fact]
    public void Library_outside_the_recipes_folder_is_refused()
    {
        var doc = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(RecipeFiles.PathOf("gmina-template")))!.AsObject();
        doc["catalog"]!["library"] = "../../../etc/passwd";
        var errors = new List<RecipeError>();
        RecipeFiles.Loader().TryLoad(new RecipeSource(doc.ToJsonString(), RecipeFiles.Folder, "broken"), errors);
        Assert.Contains(errors, e => e.Path == "$.catalog.library");
    }
}
