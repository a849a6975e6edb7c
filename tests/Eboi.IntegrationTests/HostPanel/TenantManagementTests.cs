using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Eboi.Catalog;
using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Core.Tenancy;
using Eboi.HostPanel;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.Users;
using Eboi.Users.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.HostPanel;

/// <summary>The host panel creates tenants from recipes (shipped or uploaded), edits host names, disables and enables.</summary>
public sealed class TenantManagementTests : FreshAppTest
{
    private const string CreatePage = HostPanelPaths.NewTenant;
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task Operator_creates_a_tenant_from_the_template_recipe_and_its_home_page_answers()
    {
        var op = await Operators.SignedInAsync(App);
        var form = await Parser.ParseDocumentAsync(await op.GetStringAsync(CreatePage));
        var options = form.QuerySelectorAll("#Form_RecipeFile option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains("gmina-template.recipe.json", options);
        Assert.Contains("pokrzywnica.recipe.json", options);

        var (created, _) = await FormPost.SubmitAsync(op, CreatePage, new Dictionary<string, string>
        {
            ["Form.Origin"] = "Shipped", ["Form.RecipeFile"] = "gmina-template.recipe.json", ["Form.Slug"] = "nowa-gmina",
            ["Form.Hosts"] = "nowa-gmina.example.test\nbip.nowa-gmina.example.test",
            ["Form.AdminEmail"] = "sekretariat@nowa-gmina.example.test", ["Form.AdminName"] = "Jadwiga Maria Sekretarz",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/admin/urzedy/nowa-gmina?zmieniono=utworzono", created.Headers.Location!.OriginalString);
        var detail = await op.GetStringAsync(created.Headers.Location.OriginalString);
        Assert.Contains("Utworzono urząd", detail);

        var citizen = App.CreateClient();
        var home = await citizen.GetAsync("/nowa-gmina/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Urząd Gminy Przykładowo", await home.Content.ReadAsStringAsync());
        var byHost = new HttpRequestMessage(HttpMethod.Get, CatalogPaths.List);
        byHost.Headers.Host = "bip.nowa-gmina.example.test";
        Assert.Equal(HttpStatusCode.OK, (await citizen.SendAsync(byHost)).StatusCode);

        var list = await Parser.ParseDocumentAsync(await op.GetStringAsync("/admin"));
        var row = list.QuerySelectorAll("main tbody tr").Single(tr => tr.TextContent.Contains("/nowa-gmina/"));
        Assert.Contains("aktywny", row.TextContent);
        Assert.Contains("bip.nowa-gmina.example.test", row.TextContent);
        Assert.Contains(HostPanelAuditEvents.TenantCreated.Name, await AuditEventsAsync("nowa-gmina"));

        // the first administrator is invited by e-mail (no password travels) to the new gmina's address
        var invitation = await CaughtMail.WaitForMessageTo("sekretariat@nowa-gmina.example.test");
        Assert.Contains("http://przykladowo.localhost:5080/konto/zaproszenie", invitation.Text);   // the first host, which the template registers
        Assert.Contains("Jadwiga Maria", invitation.Text);
    }

    [Fact]
    public async Task Bad_slug_existing_slug_and_bad_host_are_shown_next_to_their_fields_and_keep_the_input()
    {
        var op = await Operators.SignedInAsync(App);
        var before = await TenantCountAsync();
        async Task<IHtmlDocument> SubmitAsync(string slug, string hosts) => (await FormPost.SubmitAsync(op, CreatePage, new Dictionary<string, string>
        {
            ["Form.Origin"] = "Shipped", ["Form.RecipeFile"] = "gmina-template.recipe.json", ["Form.Slug"] = slug, ["Form.Hosts"] = hosts,
        })).Document;

        var badSlug = await SubmitAsync("Zła Nazwa", "");
        Assert.Contains("małe litery", badSlug.FieldError("Form_Slug"));
        Assert.Equal("Zła Nazwa", ((IHtmlInputElement)badSlug.QuerySelector("#Form_Slug")!).Value);
        Assert.NotNull(badSlug.QuerySelector(".error-summary a[href='#Form_Slug']"));

        Assert.Contains("zarezerwowany", (await SubmitAsync("admin", "")).FieldError("Form_Slug"));
        Assert.Contains("już istnieje", (await SubmitAsync("kozy", "")).FieldError("Form_Slug"));
        Assert.Contains("nie jest poprawną nazwą hosta", (await SubmitAsync("inna-gmina", "http://inna.example.test:8080")).FieldError("Form_Hosts"));
        Assert.Contains("panel operatora", (await SubmitAsync("inna-gmina", "localhost")).FieldError("Form_Hosts"));
        var badAdmin = (await FormPost.SubmitAsync(op, CreatePage, new Dictionary<string, string>
        {
            ["Form.Origin"] = "Shipped", ["Form.RecipeFile"] = "gmina-template.recipe.json", ["Form.Slug"] = "inna-gmina", ["Form.AdminEmail"] = "sekretariat(at)gmina",
        })).Document;
        Assert.Contains("poprawny adres e-mail", badAdmin.FieldError("Form_AdminEmail"));

        // a host of another gmina comes back from the recipe applier with its JSON path
        var taken = await SubmitAsync("inna-gmina", "siedlec.localhost");
        Assert.Contains("$.tenant.hosts", taken.QuerySelector(".recipe-errors")!.TextContent);
        Assert.Contains("siedlec", taken.QuerySelector(".recipe-errors")!.TextContent);
        Assert.Equal(before, await TenantCountAsync());
    }

    [Fact]
    public async Task Uploaded_recipe_with_errors_lists_them_with_their_paths_and_writes_nothing()
    {
        var op = await Operators.SignedInAsync(App);
        var before = await TenantCountAsync();
        var template = await File.ReadAllTextAsync(Path.Combine(CliProcess.RepositoryRoot, "recipes", "gmina-template.recipe.json"));
        var broken = template.Replace("\"theme\": \"Base\"", "\"theme\": \"Nieznany\"").Replace("\"slug\": \"przykladowo\"", "\"slug\": \"Zly Slug\"");
        Assert.NotEqual(template, broken);

        var doc = await UploadAsync(op, broken, "nowa.recipe.json");
        var errors = doc.QuerySelector(".recipe-errors")!.TextContent;
        Assert.Contains("$.tenant.slug", errors);
        Assert.Contains("błędy", doc.FieldError("Upload"));
        Assert.Equal(before, await TenantCountAsync());

        Assert.Contains("JSON", (await UploadAsync(op, template, "przepis.txt")).FieldError("Upload"));
        Assert.Contains("$", (await UploadAsync(op, "{ to nie jest json", "zepsuty.json")).QuerySelector(".recipe-errors")!.TextContent);
        Assert.Contains("Wybierz plik", (await FormPost.SubmitAsync(op, CreatePage, new Dictionary<string, string> { ["Form.Origin"] = "Upload" })).Document.FieldError("Upload"));

        // the good template uploaded under a new slug creates the tenant
        var ok = await UploadAsync(op, template, "moja-gmina.recipe.json", slug: "z-pliku");
        Assert.Contains("Utworzono urząd", ok.QuerySelector("main")!.TextContent);
        var home = await App.CreateClient().GetAsync("/z-pliku/");
        Assert.True(home.StatusCode == HttpStatusCode.OK, $"{home.StatusCode}: {await home.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task Operator_disables_and_enables_a_tenant_and_edits_its_host_names()
    {
        var op = await Operators.SignedInAsync(App);
        var page = "/admin/urzedy/pulawy";
        var citizen = App.CreateClient();

        var (_, unconfirmed) = await FormPost.SubmitAsync(op, page, new Dictionary<string, string>(), formSelector: "form[action*='handler=Disable']");
        Assert.Contains("Zaznacz potwierdzenie", unconfirmed.FieldError("ConfirmDisable"));
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync("/pulawy/")).StatusCode);

        await FormPost.SubmitAsync(op, page, new Dictionary<string, string> { ["ConfirmDisable"] = "true" }, formSelector: "form[action*='handler=Disable']");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await citizen.GetAsync("/pulawy/")).StatusCode);
        Assert.Contains("wyłączony", (await Parser.ParseDocumentAsync(await op.GetStringAsync("/admin"))).QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("/pulawy/")).TextContent);

        await FormPost.SubmitAsync(op, page, new Dictionary<string, string>(), formSelector: "form[action*='handler=Enable']");
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync("/pulawy/")).StatusCode);

        var (_, badHosts) = await FormPost.SubmitAsync(op, page, new Dictionary<string, string> { ["Hosts"] = "pulawy.localhost\nkozy.localhost\nźle_nazwany" }, formSelector: "form[action*='handler=Hosts']");
        var error = badHosts.FieldError("Hosts")!;
        Assert.Contains("należy już do urzędu „kozy”", error);
        Assert.Contains("„źle_nazwany” nie jest poprawną nazwą hosta", error);
        Assert.Contains("źle_nazwany", badHosts.QuerySelector("#Hosts")!.TextContent);   // what was typed stays

        await FormPost.SubmitAsync(op, page, new Dictionary<string, string> { ["Hosts"] = "pulawy.example.test" }, formSelector: "form[action*='handler=Hosts']");
        var byNewHost = new HttpRequestMessage(HttpMethod.Get, "/");
        byNewHost.Headers.Host = "pulawy.example.test";
        Assert.Contains("Puławy", await (await citizen.SendAsync(byNewHost)).Content.ReadAsStringAsync());
        var registry = App.Services.GetRequiredService<TenantRegistry>();
        Assert.Null(await registry.FindByHostAsync("pulawy.localhost"));   // the old host name is released

        string[] operatorEvents = [HostPanelAuditEvents.TenantDisabled.Name, HostPanelAuditEvents.TenantEnabled.Name, HostPanelAuditEvents.TenantHostsChanged.Name];
        Assert.Equal(operatorEvents, (await AuditEventsAsync("pulawy")).Where(operatorEvents.Contains));
        Assert.Equal(HttpStatusCode.NotFound, (await op.GetAsync("/admin/urzedy/nie-ma-takiej")).StatusCode);
    }

    [Fact]
    public async Task Operator_invites_an_administrator_and_can_invite_again_while_the_password_is_not_set()
    {
        var op = await Operators.SignedInAsync(App);
        const string page = "/admin/urzedy/kozy";
        const string email = "nowy.administrator@kozy.example.test";
        async Task<IHtmlDocument> InviteAsync(string address)
        {
            var (response, doc) = await FormPost.SubmitAsync(op, page,
                new Dictionary<string, string> { ["AdminEmail"] = address, ["AdminName"] = "Adam Admin" }, formSelector: "form[action*='handler=Invite']");
            return response.StatusCode == HttpStatusCode.Redirect ? await Parser.ParseDocumentAsync(await op.GetStringAsync(response.Headers.Location!.OriginalString)) : doc;
        }

        Assert.Contains("poprawny adres e-mail", (await InviteAsync("nie-adres")).FieldError("AdminEmail"));
        var (staffEmail, _) = await StaffAccounts.CreateAsync(App, "kozy", "Redaktor");
        Assert.Contains("ma już ustawione hasło", (await InviteAsync(staffEmail)).FieldError("AdminEmail"));

        Assert.Contains("Zaproszenie dla administratora", (await InviteAsync(email)).QuerySelector("main")!.TextContent);
        var first = AccountJourneyTests.LinkIn(await CaughtMail.WaitForMessageTo(email));
        await InviteAsync(email);   // the first link expired, say
        var second = new Uri((await CaughtMail.WaitForMessagesTo(email, 2)).Select(AccountJourneyTests.LinkIn).Single(l => l != first));
        Assert.Equal("http://kozy.localhost:5080/konto/zaproszenie", second.GetLeftPart(UriPartial.Path));   // the canonical address

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(second.Query);
        var person = App.CreateClient(new() { AllowAutoRedirect = false });
        var (_, done) = await FormPost.SubmitAsync(person, second.AbsoluteUri, new Dictionary<string, string>
        {
            ["u"] = query["u"].ToString(), ["t"] = query["t"].ToString(), ["Password"] = "Admin-Kozy-2026", ["ConfirmPassword"] = "Admin-Kozy-2026",
            ["ConsentDataProcessing"] = "true", ["AcceptRegulamin"] = "true",
        });
        Assert.Contains("Hasło zostało ustawione", done.Body!.TextContent);
        await FormPost.SubmitAsync(person, $"/kozy{UserPaths.Login}", new Dictionary<string, string> { ["Form.Login"] = email, ["Form.Password"] = "Admin-Kozy-2026" });
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync($"/kozy{UserAdminPaths.Users}")).StatusCode);   // an Administrator of Kozy
    }

    private static async Task<IHtmlDocument> UploadAsync(HttpClient client, string json, string fileName, string slug = "") =>
        (await Operators.UploadRecipeAsync(client, json, fileName, slug)).Page;

    private async Task<int> TenantCountAsync()
    {
        using var scope = App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<EboiDbContext>().Tenants.CountAsync();
    }

    private async Task<List<string>> AuditEventsAsync(string slug)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        var id = await db.Tenants.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync();
        db.UseTenant(id);
        return await db.Set<AuditEntry>().OrderBy(a => a.Id).Select(a => a.Event).ToListAsync();
    }
}
