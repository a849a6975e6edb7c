using System.Net;
using AngleSharp.Html.Dom;
using Eboi.Core.Data;
using Eboi.HostPanel;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.HostPanel;

/// <summary>
/// A recipe's own hosts pass the host panel's host rule, and a host another tenant has is refused with a Polish
/// message (host panel) or a clear error (CLI), never an exception.
/// </summary>
public sealed class RecipeHostsTests : FreshAppTest
{
    private const string CreatePage = HostPanelPaths.NewTenant;

    protected override bool Seed => false;

    [Fact]
    public async Task A_second_gmina_from_the_unchanged_template_is_refused_on_the_form()
    {
        var op = await Operators.SignedInAsync(App);
        var (first, _) = await CreateFromTemplateAsync(op, "pierwsza");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var (second, doc) = await CreateFromTemplateAsync(op, "druga");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Przepisu nie można zastosować", doc.FieldError("Form_RecipeFile"));
        var errors = doc.QuerySelector(".recipe-errors")!.TextContent;
        Assert.Contains("Host „przykladowo.localhost” należy już do urzędu „pierwsza”.", errors);
        Assert.Equal(["pierwsza"], await SlugsAsync());
    }

    [Fact]
    public async Task An_uploaded_recipe_may_not_take_the_host_of_the_host_panel()
    {
        var op = await Operators.SignedInAsync(App);
        var template = await File.ReadAllTextAsync(Path.Combine(CliProcess.RepositoryRoot, "recipes", "gmina-template.recipe.json"));
        var reserved = template.Replace("\"przykladowo.localhost\"", "\"localhost\"");   // the test server answers on localhost
        Assert.NotEqual(template, reserved);

        var doc = await UploadAsync(op, reserved, "przejecie.recipe.json", "przejecie");
        var errors = doc.QuerySelector(".recipe-errors")!.TextContent;
        Assert.Contains("$.tenant.hosts[0]", errors);
        Assert.Contains("Pod adresem „localhost” działa panel operatora", errors);
        Assert.Empty(await SlugsAsync());
    }

    [Fact]
    public async Task The_cli_refuses_a_second_gmina_from_the_unchanged_template_with_a_clear_error()
    {
        var (code, output) = await CliProcess.RunAsync(Db, "tenant", "create", "pierwsza", "--recipe", "recipes/gmina-template.recipe.json");
        Assert.True(code == 0, output);

        var (againCode, again) = await CliProcess.RunAsync(Db, "tenant", "create", "druga", "--recipe", "recipes/gmina-template.recipe.json");
        Assert.Equal(1, againCode);
        Assert.Contains("Przepis nie został zastosowany", again);
        Assert.Contains("Host „przykladowo.localhost” należy już do urzędu „pierwsza”.", again);
        Assert.DoesNotContain("Exception", again);
        Assert.DoesNotContain("   at ", again);

        var (badCode, bad) = await CliProcess.RunAsync(Db, "tenant", "create", "trzecia", "--recipe", "recipes/gmina-template.recipe.json", "--host", "http://trzecia.pl:80");
        Assert.Equal(1, badCode);
        Assert.Contains("nie jest poprawną nazwą hosta", bad);
        Assert.Equal(["pierwsza"], await SlugsAsync());
    }

    private static async Task<(HttpResponseMessage, IHtmlDocument)> CreateFromTemplateAsync(HttpClient op, string slug) =>
        await FormPost.SubmitAsync(op, CreatePage, new Dictionary<string, string>
            { ["Form.Origin"] = "Shipped", ["Form.RecipeFile"] = "gmina-template.recipe.json", ["Form.Slug"] = slug });

    private static async Task<IHtmlDocument> UploadAsync(HttpClient client, string json, string fileName, string slug)
    {
        var (status, page) = await Operators.UploadRecipeAsync(client, json, fileName, slug);
        Assert.Equal(HttpStatusCode.OK, status);
        return page;
    }

    private async Task<List<string>> SlugsAsync()
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<EboiDbContext>().Tenants.Select(t => t.Slug).OrderBy(s => s).ToListAsync();
    }
}
