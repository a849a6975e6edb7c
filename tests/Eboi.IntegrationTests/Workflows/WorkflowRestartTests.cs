using Eboi.IntegrationTests.Infrastructure;
using Eboi.Workflows.Domain;
using Microsoft.Extensions.Time.Testing;

namespace Eboi.IntegrationTests.Workflows;

/// <summary>A timer is data: an app started after the process that suspended the instance continues it when it is due.</summary>
public sealed class WorkflowRestartTests
{
    [Fact]
    public async Task A_waiting_instance_continues_after_a_restart_once_its_working_days_have_passed()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseSeed.Gminy);
        var department = $"dzial.{Guid.NewGuid():N}@example.test";
        var doc = WorkflowsApp.Chain("po-restarcie",
            ("czekaj", "czekaj", new() { ["dni"] = "2" }),
            ("przypomnij", "email.send", new() { ["odbiorca"] = "adres", ["adres"] = "{{ dzial_email }}", ["szablon"] = WorkflowsApp.Template })) with
        {
            Transitions = [new("czekaj", "uplynal-czas", "przypomnij")],
        };

        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        Guid definitionId;
        DateTimeOffset resumeAt;
        await using (var first = new EboiAppFactory(db, seed: false, services: s => WorkflowsApp.AddTestServices(s, clock, new FlakySwitch())))
        {
            _ = first.Server;
            definitionId = (await WorkflowsApp.Save(first, "kozy", doc)).Id;
            await WorkflowsApp.Publish(first, "kozy", new TestReported(Guid.NewGuid(), "osoba@example.test", "R/1", department));
            await WorkflowsApp.Drain(first);
            var waiting = Assert.Single(await WorkflowsApp.Query(first, "kozy", d => Task.FromResult(d.Set<WorkflowInstance>().Where(i => i.DefinitionId == definitionId).ToList())));
            Assert.Equal(WorkflowStatus.Waiting, waiting.Status);
            resumeAt = waiting.NextRunAt!.Value;
            Assert.True(resumeAt >= clock.GetUtcNow().AddDays(2));
        }

        // A new process, its clock past the resume time: nothing in memory carried over, only the row.
        var later = new FakeTimeProvider(resumeAt.AddMinutes(1));
        await using var second = new EboiAppFactory(db, seed: false, services: s => WorkflowsApp.AddTestServices(s, later, new FlakySwitch()));
        _ = second.Server;
        await WorkflowsApp.Drain(second);
        var finished = Assert.Single(await WorkflowsApp.Query(second, "kozy", d => Task.FromResult(d.Set<WorkflowInstance>().Where(i => i.DefinitionId == definitionId).ToList())));
        Assert.Equal(WorkflowStatus.Finished, finished.Status);
        Assert.Single(await WorkflowsApp.Query(second, "kozy", d => Task.FromResult(d.Set<Eboi.Email.Domain.EmailOutboxMessage>().Where(m => m.ToAddress == department).ToList())));
    }
}
