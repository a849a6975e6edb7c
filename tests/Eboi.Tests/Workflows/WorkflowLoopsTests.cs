using Eboi.Workflows.Definitions;

namespace Eboi.Tests.Workflows;

/// <summary>Loops between steps: one through "czekaj" is accepted, an instant one (no wait) is refused naming its steps, a DAG is fine.</summary>
public sealed class WorkflowLoopsTests
{
    private static readonly WorkflowCatalog Catalog = WorkflowTestCatalog.Create();

    private static IReadOnlyList<WorkflowError> Validate(WorkflowDocument doc) =>
        WorkflowValidator.Validate(doc, Catalog, WorkflowTestCatalog.Roles, WorkflowTestCatalog.Templates);

    private static WorkflowDocumentActivity Audit(string id) => new() { Id = id, Task = "audyt", Settings = new() { ["tresc"] = "Zgłoszenie {{ numer }}" } };
    private static WorkflowDocumentActivity Wait(string id) => new() { Id = id, Task = "czekaj", Settings = new() { ["dni"] = "3", ["wydarzenia"] = "usterki.zmiana-statusu" } };
    private static WorkflowDocumentActivity Condition(string id) => new() { Id = id, Task = "warunek", Settings = new() { ["warunek"] = "status == \"nowe\"" } };

    private static WorkflowDocument Doc(IEnumerable<WorkflowDocumentActivity> activities, params (string From, string Outcome, string To)[] transitions) => new()
    {
        Key = "petla",
        Title = "Pętla",
        Trigger = new() { Event = "usterki.zgloszono" },
        Activities = activities.ToList(),
        Transitions = transitions.Select(t => new WorkflowDocumentTransition(t.From, t.Outcome, t.To)).ToList(),
    };

    [Fact]
    public void A_loop_through_a_wait_is_accepted()
    {
        // The reminder repeats every 3 working days until the status changes: each round waits.
        var doc = Doc([Audit("zapisz"), Wait("czekaj"), Condition("czy-nowe"), Audit("przypomnij")],
            ("zapisz", "gotowe", "czekaj"), ("czekaj", "uplynal-czas", "czy-nowe"), ("czy-nowe", "tak", "przypomnij"), ("przypomnij", "gotowe", "czekaj"));
        Assert.Empty(Validate(doc));
    }

    [Fact]
    public void A_loop_without_a_wait_is_refused_naming_its_steps()
    {
        var doc = Doc([Audit("start"), Condition("czy-nowe"), Audit("przypomnij"), Audit("koniec")],
            ("start", "gotowe", "czy-nowe"), ("czy-nowe", "tak", "przypomnij"), ("przypomnij", "gotowe", "czy-nowe"), ("czy-nowe", "nie", "koniec"));
        var error = Assert.Single(Validate(doc));
        Assert.Equal("transitions[1].to", error.Path);
        Assert.Contains("Kroki „czy-nowe”, „przypomnij” tworzą pętlę bez kroku „czekaj”", error.Message);
        Assert.DoesNotContain("„start”", error.Message);
        Assert.DoesNotContain("„koniec”", error.Message);
    }

    [Fact]
    public void Two_separate_instant_loops_are_each_reported_while_one_with_a_wait_is_not()
    {
        var doc = Doc([Audit("a"), Audit("b"), Condition("c"), Audit("d"), Wait("w"), Audit("e")],
            ("a", "gotowe", "b"), ("b", "gotowe", "a"),
            ("c", "tak", "d"), ("d", "gotowe", "c"),
            ("c", "nie", "w"), ("w", "uplynal-czas", "e"), ("e", "gotowe", "w"));
        var messages = Validate(doc).Select(e => e.Message).ToList();
        Assert.Equal(2, messages.Count);
        Assert.Contains(messages, m => m.Contains("Kroki „a”, „b” tworzą pętlę"));
        Assert.Contains(messages, m => m.Contains("Kroki „c”, „d” tworzą pętlę"));
    }

    [Fact]
    public void A_graph_without_loops_is_accepted_even_where_branches_meet_again()
    {
        var doc = Doc([Condition("czy-nowe"), Audit("tak"), Audit("nie"), Audit("razem")],
            ("czy-nowe", "tak", "tak"), ("czy-nowe", "nie", "nie"), ("tak", "gotowe", "razem"), ("nie", "gotowe", "razem"));
        Assert.Empty(Validate(doc));
        foreach (var sample in WorkflowValidatorTests.Sample()) Assert.Empty(WorkflowLoops.InstantLoops(sample));
    }
}
