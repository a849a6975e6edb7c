using System.Text.Json;
using Eboi.Core.Data;
using Eboi.Workflows.Definitions;

namespace Eboi.Tests.Workflows;

/// <summary>What the editor, the import and the recipe step refuse, each problem with its path.</summary>
public sealed class WorkflowValidatorTests
{
    private static readonly WorkflowCatalog Catalog = WorkflowTestCatalog.Create();

    // The default fault-report workflows as the gminy's recipes ship them.
    internal static List<WorkflowDocument> Sample()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "recipes", "siedlec.recipe.json");
        var workflows = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!["workflows"]!;
        // The fault-report workflows (and timers) only: this catalog knows the fault events; the taxes and payments ones
        // are validated against the real catalog when every integration test applies the recipes.
        return workflows.Deserialize<List<WorkflowDocument>>(JsonColumn.Options)!
            .Where(d => d.Trigger.Event.StartsWith("usterki.", StringComparison.Ordinal) || d.Trigger.Event == "czasomierz").ToList();
    }

    private static IReadOnlyList<WorkflowError> Validate(WorkflowDocument doc) =>
        WorkflowValidator.Validate(doc, Catalog, WorkflowTestCatalog.Roles, WorkflowTestCatalog.Templates);

    private static WorkflowDocument Fault() => Sample()[0];

    private static WorkflowDocument WithActivity(WorkflowDocument doc, int index, Func<WorkflowDocumentActivity, WorkflowDocumentActivity> change)
    {
        var activities = doc.Activities.ToList();
        activities[index] = change(activities[index]);
        return doc with { Activities = activities };
    }

    [Fact]
    public void The_sample_fault_report_workflows_are_valid()
    {
        foreach (var doc in Sample()) Assert.Empty(Validate(doc));
    }

    [Fact]
    public void Unknown_tasks_events_templates_roles_and_missing_settings_are_reported_with_their_paths()
    {
        var doc = Fault() with { Trigger = new() { Event = "usterki.nie-ma-takiego" } };
        doc = WithActivity(doc, 0, a => a with { Settings = new() { ["odbiorca"] = "osoba", ["szablon"] = "nie.ma" } });
        doc = WithActivity(doc, 1, a => a with { Task = "email.wyslij" });
        doc = WithActivity(doc, 3, a => a with { Settings = new() { ["odbiorca"] = "rola", ["rola"] = "Sołtys", ["szablon"] = "usterki.zmiana-statusu" } });
        doc = WithActivity(doc, 2, a => a with { Settings = new() { ["wydarzenia"] = "usterki.zmiana-statusu" } });
        var errors = Validate(doc).ToDictionary(e => e.Path, e => e.Message);
        Assert.Contains("Nieznane zdarzenie", errors["trigger.event"]);
        Assert.Contains("Nie ma szablonu", errors["activities[0].settings.szablon"]);
        Assert.Contains("Nieznane zadanie „email.wyslij”", errors["activities[1].task"]);
        Assert.Contains("Uzupełnij pole „Dni robocze”", errors["activities[2].settings.dni"]);
        Assert.Contains("Nie ma roli „Sołtys”", errors["activities[3].settings.rola"]);
    }

    [Fact]
    public void A_recipient_needs_its_role_or_address_and_an_unknown_setting_is_refused()
    {
        var doc = WithActivity(Fault(), 1, a => a with { Settings = new() { ["odbiorca"] = "adres", ["szablon"] = "usterki.nowe-zgloszenie-dzial", ["temat"] = "x" } });
        var errors = Validate(doc).ToDictionary(e => e.Path, e => e.Message);
        Assert.Contains("nie ma ustawienia „temat”", errors["activities[1].settings.temat"]);
        doc = WithActivity(Fault(), 1, a => a with { Settings = new() { ["odbiorca"] = "adres", ["szablon"] = "usterki.nowe-zgloszenie-dzial" } });
        Assert.Contains("Wpisz adres", Assert.Single(Validate(doc), e => e.Path == "activities[1].settings.adres").Message);
    }

    [Fact]
    public void Transitions_must_join_existing_activities_by_outcomes_their_task_has_once()
    {
        var doc = Fault() with
        {
            Transitions =
            [
                new("potwierdzenie", "gotowe", "powiadom-dzial"),
                new("potwierdzenie", "gotowe", "czekaj-na-moderacje"),
                new("powiadom-dzial", "tak", "czekaj-na-moderacje"),
                new("czekaj-na-moderacje", "uplynal-czas", "nie-ma"),
                new("nie-ma-kroku", "gotowe", "potwierdzenie"),
            ],
        };
        var errors = Validate(doc).ToDictionary(e => e.Path, e => e.Message);
        Assert.Contains("ma już przejście", errors["transitions[1].outcome"]);
        Assert.Contains("nie kończy się wynikiem „tak”", errors["transitions[2].outcome"]);
        Assert.Contains("Nie ma kroku „nie-ma”", errors["transitions[3].to"]);
        Assert.Contains("Nie ma kroku „nie-ma-kroku”", errors["transitions[4].from"]);
        Assert.DoesNotContain("transitions[0].outcome", errors.Keys);
    }

    [Fact]
    public void Duplicate_activity_ids_bad_keys_and_a_timer_without_cron_are_refused()
    {
        var doc = WithActivity(Fault(), 1, a => a with { Id = "potwierdzenie" }) with { Key = "Zgłoszenie", Trigger = new() { Event = "czasomierz", Cron = "co minutę" } };
        var errors = Validate(doc).ToDictionary(e => e.Path, e => e.Message);
        Assert.Contains("powtarza się", errors["activities[1].id"]);
        Assert.Contains("małe litery", errors["key"]);
        Assert.Contains("cron", errors["trigger.cron"]);
        Assert.Empty(Validate(Fault() with { Trigger = new() { Event = "czasomierz", Cron = "0 8 * * 1-5" }, Activities = [Fault().Activities[3]], Transitions = [] }));
    }

    [Theory]
    [InlineData("status == \"nowe\" %}{% for i in (1..9) %}x{% endfor", "bez znaków")]
    [InlineData("{{ numer }} == \"1\"", "bez znaków")]
    [InlineData("numer.GetType == 1", "bez pól")]
    [InlineData("haslo == \"x\"", "Nieznana wartość „haslo”")]
    [InlineData("status ==", "Błąd w warunku")]
    public void A_condition_is_only_an_expression_over_the_events_values(string condition, string message)
    {
        var doc = Fault() with
        {
            Activities = [new() { Id = "czy-nowe", Task = "warunek", Settings = new() { ["warunek"] = condition } }],
            Transitions = [],
        };
        Assert.Contains(message, Assert.Single(Validate(doc)).Message);
    }

    [Fact]
    public void Templates_may_not_reach_members_files_or_unknown_values()
    {
        WorkflowDocument With(string text) => Fault() with
        {
            Activities = [new() { Id = "powiadom", Task = "panel.powiadom", Settings = new() { ["rola"] = "Moderator", ["tresc"] = text } }],
            Transitions = [],
        };
        Assert.Empty(Validate(With("Nowe zgłoszenie {{ numer }}: {{ tytul | upcase }}")));
        Assert.Contains("bez pól", Assert.Single(Validate(With("{{ tytul.Length }}"))).Message);
        Assert.Contains("plików", Assert.Single(Validate(With("{% include 'appsettings.json' %}"))).Message);
        Assert.Contains("Nieznana wartość „pesel”", Assert.Single(Validate(With("{{ pesel }}"))).Message);
    }
}
