using Eboi.Core.Workflows;
using Eboi.Workflows.Domain;
using Eboi.Workflows.Tasks;

namespace Eboi.Tests.Workflows;

/// <summary>Transitions, and the suspend/resume rules of the "czekaj" task.</summary>
public sealed class WorkflowStepRulesTests
{
    private static WorkflowTaskContext Context(Dictionary<string, string> settings, WorkflowResume? resumed, DateTimeOffset now) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "test", "czekaj", settings, new(new("usterka", "1"), new Dictionary<string, string>(), null), resumed, now, t => t, _ => true);

    [Fact]
    public void An_outcome_leads_to_its_transition_and_an_outcome_without_one_ends_the_instance()
    {
        var graph = new WorkflowGraph
        {
            Activities = [new() { Id = "a", Task = "warunek" }, new() { Id = "b", Task = "audyt" }],
            Transitions = [new("a", "tak", "b")],
        };
        Assert.Equal("b", graph.Next("a", "tak"));
        Assert.Null(graph.Next("a", "nie"));
        Assert.Null(graph.Next("b", "gotowe"));
    }

    [Fact]
    public async Task Waiting_suspends_for_working_days_at_the_same_polish_time_and_for_the_listed_events()
    {
        var task = new WaitTask([]);
        // Friday 27 November 2026, 10:00 in Warsaw (09:00 UTC) + 3 working days = Wednesday 2 December, 10:00.
        var now = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
        var result = await task.ExecuteAsync(Context(new() { ["dni"] = "3", ["wydarzenia"] = "usterki.zmiana-statusu, usterki.usunieto" }, null, now), default);
        Assert.True(result.IsSuspended);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero), result.ResumeAt);
        Assert.Equal(["usterki.zmiana-statusu", "usterki.usunieto"], result.ResumeOnEvents);
    }

    [Fact]
    public async Task A_wait_ends_with_uplynal_czas_on_its_timer_and_with_zdarzenie_on_an_event()
    {
        var task = new WaitTask([]);
        var settings = new Dictionary<string, string> { ["dni"] = "3" };
        var now = DateTimeOffset.UtcNow;
        Assert.Equal("uplynal-czas", (await task.ExecuteAsync(Context(settings, new(WorkflowResumeReason.Timer, null), now), default)).Outcome);
        Assert.Equal("zdarzenie", (await task.ExecuteAsync(Context(settings, new(WorkflowResumeReason.Event, "usterki.zmiana-statusu"), now), default)).Outcome);
    }

    [Fact]
    public void A_suspension_needs_a_time_or_an_event()
    {
        Assert.Throws<ArgumentException>(() => WorkflowTaskResult.Suspend(null, []));
        Assert.Equal(["x"], WorkflowTaskResult.Suspend(null, ["x"]).ResumeOnEvents);
        Assert.False(WorkflowTaskResult.Done("gotowe", "uwaga").IsSuspended);
        Assert.Equal("uwaga", WorkflowTaskResult.Done("gotowe", "uwaga").Note);
    }
}
