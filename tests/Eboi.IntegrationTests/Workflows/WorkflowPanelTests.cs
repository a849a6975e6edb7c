using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Eboi.Core.Audit;
using Eboi.Core.Jobs;
using Eboi.Email.Domain;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.Workflows;
using Eboi.Workflows.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Eboi.IntegrationTests.Workflows;

/// <summary>The staff panel /admin/procesy through HTTP: the editor's Polish errors, versions, drawing, enable/disable end to end, export/import, Retry.</summary>
public sealed class WorkflowPanelTests : FreshAppTest
{
    private static readonly HtmlParser Parser = new();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
    private readonly FlakySwitch _flaky = new();

    protected override void ConfigureServices(IServiceCollection services) => WorkflowsApp.AddTestServices(services, _clock, _flaky);

    private Task DrainAsync() => App.Services.GetRequiredService<JobLoop>().DrainAsync();

    /// <summary>Posts <paramref name="fields"/> (plus the antiforgery token of <paramref name="page"/>) to <paramref name="target"/>.</summary>
    private static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> PostAsync(HttpClient client, string page, string target, IDictionary<string, string> fields)
    {
        var doc = await Parser.ParseDocumentAsync(await client.GetStringAsync(page));
        var token = doc.QuerySelector("main form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync(target, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
        return (response, await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync()));
    }

    private async Task<HttpClient> AdministratorAsync(string gmina)
    {
        var (email, _) = await StaffAccounts.CreateAsync(App, gmina, "Administrator");
        return await StaffAccounts.SignInAsync(App, gmina, email);
    }

    [Fact]
    public async Task Staff_build_a_workflow_in_the_form_it_mails_until_disabled_and_it_exports_and_imports_as_json()
    {
        var admin = await AdministratorAsync("kozy");
        const string New = "/kozy" + WorkflowsPaths.AdminNew;

        // No JavaScript: adding a step is a round trip that keeps what was typed.
        var (added, page) = await PostAsync(admin, New, New + "?handler=AddActivity", new Dictionary<string, string>
        {
            ["Form.Title"] = "", ["Form.Key"] = "Zły klucz", ["Form.TriggerEvent"] = WorkflowsApp.Reported, ["Form.Enabled"] = "true",
            ["Form.NewTask"] = "email.send", ["Form.NewId"] = "do-osoby",
        });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal("do-osoby", page.QuerySelector<IHtmlInputElement>("#Form_Activities_0__Id")!.Value);
        Assert.Equal("Zły klucz", page.QuerySelector<IHtmlInputElement>("#Form_Key")!.Value);
        Assert.NotNull(page.QuerySelector("#Form_Activities_0__Settings_szablon_"));

        var fields = new Dictionary<string, string>
        {
            ["Form.Title"] = "", ["Form.Key"] = "Zły klucz", ["Form.TriggerEvent"] = WorkflowsApp.Reported, ["Form.Enabled"] = "true",
            ["Form.Activities[0].Id"] = "do-osoby", ["Form.Activities[0].Task"] = "email.send", ["Form.Activities[0].Settings[odbiorca]"] = "osoba",
            ["Form.Transitions[0].Source"] = "do-osoby|tak", ["Form.Transitions[0].To"] = "do-osoby",
        };
        var (refused, errors) = await PostAsync(admin, New, New, fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.StartsWith("Błąd: ", errors.Title);
        Assert.Contains("Podaj nazwę procesu", errors.FieldError("Form_Title"));
        Assert.Contains("małe litery", errors.FieldError("Form_Key"));
        Assert.Contains("Uzupełnij pole „Szablon wiadomości”", errors.FieldError("Form_Activities_0__Settings_szablon_"));
        Assert.Contains("nie kończy się wynikiem „tak”", errors.FieldError("Form_Transitions_0__Source"));
        Assert.NotNull(errors.QuerySelector(".error-summary a[href='#Form_Activities_0__Settings_szablon_']"));
        Assert.Equal("Zły klucz", errors.QuerySelector<IHtmlInputElement>("#Form_Key")!.Value);

        fields["Form.Title"] = "Potwierdzenie zgłoszenia";
        fields["Form.Key"] = "potwierdzenie";
        fields["Form.Activities[0].Settings[szablon]"] = WorkflowsApp.Template;
        fields.Remove("Form.Transitions[0].Source");
        fields.Remove("Form.Transitions[0].To");
        var (saved, _) = await PostAsync(admin, New, New, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var edit = saved.Headers.Location!.OriginalString;
        var editPage = await Parser.ParseDocumentAsync(await admin.GetStringAsync(edit));
        Assert.Contains("Wersja 1", editPage.QuerySelector("main")!.TextContent);
        Assert.Contains("Schemat procesu Potwierdzenie zgłoszenia", editPage.QuerySelector("svg[role=img] title")!.TextContent);
        var id = Guid.Parse(edit.TrimEnd('/').Split('/').Last());

        // The saved workflow runs: an event mails the person, through the outbox.
        var person = $"osoba.{Guid.NewGuid():N}@example.test";
        await WorkflowsApp.Publish(App, "kozy", new TestReported(Guid.NewGuid(), person, "P/1", ""));
        await DrainAsync();
        Assert.Single(await Mail("kozy", person));

        // Disabled in the panel (audited): the same event mails nobody.
        const string List = "/kozy" + WorkflowsPaths.Admin;
        var (toggled, _) = await PostAsync(admin, List, $"{List}?handler=Toggle&id={id}&enable=false", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, toggled.StatusCode);
        Assert.Contains("wyłączony", (await Parser.ParseDocumentAsync(await admin.GetStringAsync(List))).QuerySelector("main table")!.TextContent);
        var second = $"druga.{Guid.NewGuid():N}@example.test";
        await WorkflowsApp.Publish(App, "kozy", new TestReported(Guid.NewGuid(), second, "P/2", ""));
        await DrainAsync();
        Assert.Empty(await Mail("kozy", second));
        Assert.True(await WorkflowsApp.Query(App, "kozy", db => db.Set<AuditEntry>().AnyAsync(a => a.Event == WorkflowsAuditEvents.Disabled.Name && a.Actor != null)));

        // Export → change the title → import: a new version; importing it again changes nothing.
        var json = await admin.GetStringAsync("/kozy" + WorkflowsPaths.AdminExport(id));
        Assert.Contains("\"key\": \"potwierdzenie\"", json);
        var changed = json.Replace("Potwierdzenie zgłoszenia", "Potwierdzenie zgłoszenia usterki");
        const string Import = "/kozy" + WorkflowsPaths.AdminImport;
        var (imported, _) = await PostAsync(admin, Import, Import, new Dictionary<string, string> { ["Json"] = changed });
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Contains("Wersja 2", (await Parser.ParseDocumentAsync(await admin.GetStringAsync(edit))).QuerySelector("main")!.TextContent);
        var (again, _) = await PostAsync(admin, Import, Import, new Dictionary<string, string> { ["Json"] = changed });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("Wersja 2", (await Parser.ParseDocumentAsync(await admin.GetStringAsync(edit))).QuerySelector("main")!.TextContent);

        // A broken file is listed with its paths, nothing saved.
        var (bad, badPage) = await PostAsync(admin, Import, Import, new Dictionary<string, string> { ["Json"] = changed.Replace("\"email.send\"", "\"email.wyslij\"") });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("activities[0].task", badPage.QuerySelector(".workflow-import-errors")!.TextContent);
        Assert.Contains("wyłączony", (await Parser.ParseDocumentAsync(await admin.GetStringAsync(List))).QuerySelector("main table")!.TextContent);
    }

    [Fact]
    public async Task A_faulted_instance_shows_its_error_and_retry_in_the_panel_finishes_it()
    {
        var admin = await AdministratorAsync("siedlec");
        var definition = await WorkflowsApp.Save(App, "siedlec", WorkflowsApp.Chain("zawodny", ("zawodne", FlakyTask.TaskName, new()), ("zapis", "audyt", new() { ["tresc"] = "Po {{ numer }}" })));
        _flaky.Failing = true;
        await WorkflowsApp.Publish(App, "siedlec", new TestReported(Guid.NewGuid(), "x@example.test", "F/1", ""));
        await DrainAsync();
        foreach (var seconds in new[] { 31, 61 })
        {
            _clock.Advance(TimeSpan.FromSeconds(seconds));
            await DrainAsync();
        }
        _flaky.Failing = false;
        var instance = await WorkflowsApp.Query(App, "siedlec", db => db.Set<WorkflowInstance>().SingleAsync(i => i.DefinitionId == definition.Id));
        Assert.Equal(WorkflowStatus.Faulted, instance.Status);

        var page = "/siedlec" + WorkflowsPaths.AdminInstance(instance.Id);
        var doc = await Parser.ParseDocumentAsync(await admin.GetStringAsync(page));
        Assert.Contains("system dziedzinowy nie odpowiada", doc.QuerySelector("main .error-summary")!.TextContent);
        var faultedList = await admin.GetStringAsync($"/siedlec{WorkflowsPaths.AdminInstances}?stan=Faulted");
        Assert.Contains(instance.Id.ToString("N"), faultedList);

        var (retried, _) = await PostAsync(admin, page, page + "?handler=Retry", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        await DrainAsync();
        doc = await Parser.ParseDocumentAsync(await admin.GetStringAsync(page));
        Assert.Null(doc.QuerySelector("main .error-summary"));
        Assert.Contains("zakończone", doc.QuerySelector("main dl")!.TextContent);
        Assert.Contains("ponowienie", doc.QuerySelector("main table")!.TextContent);
        Assert.True(await WorkflowsApp.Query(App, "siedlec", db => db.Set<AuditEntry>().AnyAsync(a => a.Event == WorkflowsAuditEvents.Retried.Name)));
    }

    private Task<List<EmailOutboxMessage>> Mail(string gmina, string to) =>
        WorkflowsApp.Query(App, gmina, db => db.Set<EmailOutboxMessage>().Where(m => m.ToAddress == to).ToListAsync());
}
