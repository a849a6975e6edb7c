using AngleSharp.Html.Parser;
using Eboi.Content;
using Eboi.Email;
using Eboi.Email.Domain;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.Users;
using Eboi.Workflows.Definitions;
using Eboi.Workflows.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Workflows;

/// <summary>
/// The events other modules publish drive tenant workflows end to end: a citizen registering through the web form
/// ("konto.zarejestrowano", Users) and an editor publishing a page in the panel ("tresci.opublikowano", Content) each
/// start the tenant's workflow, which e-mails an address with the event's values and writes an audit entry.
/// </summary>
public sealed class WorkflowCoreEventsTests : FreshAppTest
{
    private static readonly HtmlParser Parser = new();
    private const string Gmina = "siedlec";
    private const string NewAccountTemplate = "testy.nowe-konto";
    private const string PublishedTemplate = "testy.opublikowano";

    protected override void ConfigureServices(IServiceCollection services) => services.AddEmailTemplates(
        EmailTemplateDefinition.Define(NewAccountTemplate, "Test", "Nowe konto: {{ imie }}", "Zarejestrowano konto {{ imie }} ({{ email }}, {{ rodzaj }}).",
            new PlaceholderInfo("imie", "imię"), new PlaceholderInfo("email", "e-mail"), new PlaceholderInfo("rodzaj", "rodzaj")),
        EmailTemplateDefinition.Define(PublishedTemplate, "Test", "Opublikowano: {{ tytul }}", "Strona {{ tytul }} w wersji {{ wersja }}.",
            new PlaceholderInfo("tytul", "tytuł"), new PlaceholderInfo("wersja", "wersja")));

    private static WorkflowDocument Notify(string key, string trigger, string template, string address, string auditText) => new()
    {
        Key = key,
        Title = "Test " + key,
        Trigger = new() { Event = trigger },
        Activities =
        [
            new() { Id = "napisz", Task = "email.send", Settings = new() { ["odbiorca"] = "adres", ["adres"] = address, ["szablon"] = template } },
            new() { Id = "zapisz", Task = "audyt", Settings = new() { ["tresc"] = auditText } },
        ],
        Transitions = [new("napisz", "gotowe", "zapisz")],
    };

    [Fact]
    public async Task A_citizen_registering_runs_the_workflow_on_konto_zarejestrowano()
    {
        var secretary = $"sekretariat.{Guid.NewGuid():N}@example.test";
        var definition = await WorkflowsApp.Save(App, Gmina,
            Notify("nowe-konto", UserRegistered.WorkflowName, NewAccountTemplate, secretary, "Nowe konto: {{ imie }} ({{ rodzaj }})"));

        var email = $"mieszkaniec.{Guid.NewGuid():N}@example.test";
        var (registered, _) = await FormPost.SubmitAsync(App.CreateClient(new() { AllowAutoRedirect = false }), $"/{Gmina}{UserPaths.Register}?typ=osoba", AccountJourneyTests.Person(email));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, registered.StatusCode);

        var mail = await CaughtMail.WaitForMessageTo(secretary, "Nowe konto: Jan Kowalski");
        Assert.Contains($"Zarejestrowano konto Jan Kowalski ({email}, osoba fizyczna).", mail.Text);
        await MailWorker.WaitUntilDeliveredAsync(App);
        var instance = Assert.Single(await InstancesAsync(definition.Id));
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Contains("Nowe konto: Jan Kowalski (osoba fizyczna)", await AuditDetailsAsync());
    }

    [Fact]
    public async Task An_editor_publishing_a_page_runs_the_workflow_on_tresci_opublikowano()
    {
        var office = $"promocja.{Guid.NewGuid():N}@example.test";
        var definition = await WorkflowsApp.Save(App, Gmina,
            Notify("opublikowano", ContentPublished.WorkflowName, PublishedTemplate, office, "Opublikowano {{ tytul }} (wersja {{ wersja }})"));
        Assert.Empty(await InstancesAsync(definition.Id));   // the recipe's own pages were not "published by an editor"

        var editor = await StaffAccounts.SignInAsync(App, Gmina, (await StaffAccounts.CreateAsync(App, Gmina, "Redaktor")).Email);
        var list = await Parser.ParseDocumentAsync(await editor.GetStringAsync($"/{Gmina}{ContentPaths.AdminPages}"));
        var help = list.QuerySelectorAll("main table a").First(a => a.TextContent == "Pomoc").GetAttribute("href")!;
        await FormPost.SubmitAsync(editor, help, new Dictionary<string, string> { ["Title"] = "Pomoc", ["Body"] = "Nowa treść pomocy." }, formSelector: "form[action*='handler=Save']");
        var (published, _) = await FormPost.SubmitAsync(editor, help, new Dictionary<string, string>(), formSelector: "form[action*='handler=Publish']");
        Assert.True((int)published.StatusCode < 400, $"publish answered {published.StatusCode}");

        var mail = await CaughtMail.WaitForMessageTo(office, "Opublikowano: Pomoc");
        Assert.Matches(@"Strona Pomoc w wersji \d+\.", mail.Text);
        await MailWorker.WaitUntilDeliveredAsync(App);
        var instance = Assert.Single(await InstancesAsync(definition.Id));
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Contains(await AuditDetailsAsync(), d => d is not null && d.StartsWith("Opublikowano Pomoc (wersja ", StringComparison.Ordinal));
    }

    private Task<List<WorkflowInstance>> InstancesAsync(Guid definition) =>
        WorkflowsApp.Query(App, Gmina, db => db.Set<WorkflowInstance>().AsNoTracking().Where(i => i.DefinitionId == definition).ToListAsync());

    private Task<List<string?>> AuditDetailsAsync() =>
        WorkflowsApp.Query(App, Gmina, db => db.Set<Eboi.Core.Audit.AuditEntry>().Select(a => a.Details).ToListAsync());
}
