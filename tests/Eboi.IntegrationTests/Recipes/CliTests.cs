using System.Diagnostics;
using System.Net;
using Eboi.Catalog;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Users;
using Eboi.Users.Domain;

namespace Eboi.IntegrationTests.Recipes;

/// <summary>The operator's CLI as a separate process, against the same database as a running app.</summary>
public sealed class CliTests : FreshAppTest
{
    protected override bool Seed => false;


    private static async Task<HttpStatusCode> WaitForStatusAsync(HttpClient client, string url, HttpStatusCode expected)
    {
        var clock = Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            status = (await client.GetAsync(url)).StatusCode;
            if (status == expected) break;
            await Task.Delay(200);
        } while (clock.Elapsed < TimeSpan.FromSeconds(15));
        return status;
    }

    [Fact]
    public async Task Tenant_created_by_the_cli_is_served_by_the_running_app_within_seconds()
    {
        var client = App.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/piata/")).StatusCode);

        var (code, output) = await CliProcess.RunAsync(Db, "tenant", "create", "piata", "--recipe", "recipes/gmina-template.recipe.json", "--host", "piata.example.pl");
        Assert.True(code == 0, output);
        Assert.Contains("Utworzono urząd „piata”", output);

        Assert.Equal(HttpStatusCode.OK, await WaitForStatusAsync(client, "/piata/", HttpStatusCode.OK));

        var (listCode, list) = await CliProcess.RunAsync(Db, "tenant", "list");
        Assert.Equal(0, listCode);
        Assert.Contains("piata", list);
        Assert.Contains("piata.example.pl", list);

        var (againCode, again) = await CliProcess.RunAsync(Db, "tenant", "create", "piata", "--recipe", "recipes/gmina-template.recipe.json");
        Assert.Equal(0, againCode);
        Assert.Contains("bez zmian", again);
    }

    [Fact]
    public async Task Admin_named_on_the_command_line_gets_the_invitation_and_reaches_the_staff_panel()
    {
        var email = $"sekretarz.{Guid.NewGuid():N}@example.test";
        string[] create = ["tenant", "create", "pierwsza", "--recipe", "recipes/gmina-template.recipe.json", "--admin", email, "--admin-name", "Anna Maria Nowak"];
        var (code, output) = await CliProcess.RunAsync(Db, create);
        Assert.True(code == 0, output);
        Assert.Contains("users: 2 zmian", output);   // the template's placeholder administrator and this one

        // The CLI only staged it; the running app's outbox worker delivers it.
        var mail = await CaughtMail.WaitForMessageTo(email);
        Assert.Contains("Anna Maria Nowak", mail.Text);
        Assert.Contains("Gmina Przykładowo", mail.Text);
        var link = new Uri(Users.AccountJourneyTests.LinkIn(mail));
        Assert.Equal("http://przykladowo.localhost:5080/konto/zaproszenie", link.GetLeftPart(UriPartial.Path));   // the host the template registers
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query);
        var client = App.CreateClient(new() { AllowAutoRedirect = false });
        var (_, done) = await Users.FormPost.SubmitAsync(client, link.AbsoluteUri, new Dictionary<string, string>
        {
            ["u"] = query["u"].ToString(), ["t"] = query["t"].ToString(), ["Password"] = "Pierwszy-Admin7", ["ConfirmPassword"] = "Pierwszy-Admin7",
            ["ConsentDataProcessing"] = "true", ["AcceptRegulamin"] = "true",
        });
        Assert.Contains("Hasło zostało ustawione", done.Body!.TextContent);
        var (login, _) = await Users.FormPost.SubmitAsync(client, $"/pierwsza{UserPaths.Login}", new Dictionary<string, string> { ["Form.Login"] = email, ["Form.Password"] = "Pierwszy-Admin7" });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/pierwsza/admin")).StatusCode);

        var (againCode, again) = await CliProcess.RunAsync(Db, create);
        Assert.True(againCode == 0, again);
        Assert.Contains("bez zmian", again);
        await MailWorker.WaitUntilDeliveredAsync(App);   // a second invitation would have reached the catcher by now
        Assert.Single(CaughtMail.AllFor(email));

        var (badCode, bad) = await CliProcess.RunAsync(Db, "tenant", "create", "druga", "--recipe", "recipes/gmina-template.recipe.json", "--admin", "nie-adres");
        Assert.Equal(1, badCode);
        Assert.Contains("extraUsers[0].email", bad);
    }

    [Fact]
    public async Task Disabled_tenant_answers_503_and_enabling_brings_it_back()
    {
        var (code, output) = await CliProcess.RunAsync(Db, "tenant", "create", "wylaczana", "--recipe", "recipes/gmina-template.recipe.json");
        Assert.True(code == 0, output);
        var client = App.CreateClient();
        Assert.Equal(HttpStatusCode.OK, await WaitForStatusAsync(client, "/wylaczana/", HttpStatusCode.OK));

        Assert.Equal(0, (await CliProcess.RunAsync(Db, "tenant", "disable", "wylaczana")).ExitCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await WaitForStatusAsync(client, $"/wylaczana{CatalogPaths.List}", HttpStatusCode.ServiceUnavailable));
        var page = await client.GetStringAsync("/health/live");   // the app itself stays up
        Assert.Equal("Healthy", page);
        var disabled = await client.GetAsync("/wylaczana/");
        Assert.Contains("chwilowo niedostępny", await disabled.Content.ReadAsStringAsync());

        Assert.Equal(0, (await CliProcess.RunAsync(Db, "tenant", "enable", "wylaczana")).ExitCode);
        Assert.Equal(HttpStatusCode.OK, await WaitForStatusAsync(client, "/wylaczana/", HttpStatusCode.OK));
    }

    [Fact]
    public async Task Recipe_validate_reports_all_errors_with_paths_and_fails()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"zly-{Guid.NewGuid():N}.recipe.json");
        var json = File.ReadAllText(Path.Combine(CliProcess.RepositoryRoot, "recipes", "gmina-template.recipe.json"))
            .Replace("\"theme\": \"Base\"", "\"theme\": \"Nieznany\"")
            .Replace("\"slug\": \"przykladowo\"", "\"slug\": \"ZLY SLUG\"");
        await File.WriteAllTextAsync(broken, json);
        try
        {
            var (code, output) = await CliProcess.RunAsync(Db, "recipe", "validate", broken);
            Assert.Equal(1, code);
            Assert.Contains("$.tenant.slug", output);
            Assert.Contains("$.tenant.theme", output);

            // Checking a recipe needs no database (an operator checks one before any exists).
            var (okCode, ok) = await CliProcess.RunAsync(null, "recipe", "validate", "recipes/kozy.recipe.json");
            Assert.True(okCode == 0, ok);
            Assert.Contains("OK", ok);
        }
        finally { File.Delete(broken); }
    }
}
