using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Core.Events;
using Eboi.Core.Workflows;
using Eboi.Workflows.Definitions;
using Eboi.Workflows.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Workflows;

/// <summary>
/// The engine on the real app and PostgreSQL: events start and resume instances once, steps run once across racing
/// loops, e-mail goes through the outbox in the step's transaction, failures retry then fault and can be retried,
/// timers fire from cron, tenants are apart.
/// </summary>
public sealed class WorkflowEngineTests(WorkflowsApp app) : IClassFixture<WorkflowsApp>
{
    private static string NewEmail(string who) => $"{who}.{Guid.NewGuid():N}@example.test";

    [Fact]
    public async Task An_event_starts_the_workflow_which_mails_the_person_and_the_department_and_disabling_it_stops_the_mail()
    {
        var definition = await app.SaveAsync("siedlec", WorkflowsApp.Chain("potwierdzenie-" + Guid.NewGuid().ToString("N")[..8],
            ("do-osoby", "email.send", new() { ["odbiorca"] = "osoba", ["szablon"] = WorkflowsApp.Template }),
            ("do-dzialu", "email.send", new() { ["odbiorca"] = "adres", ["adres"] = "{{ dzial_email }}", ["szablon"] = WorkflowsApp.Template }),
            ("bez-adresu", "email.send", new() { ["odbiorca"] = "adres", ["adres"] = "{{ status }}", ["szablon"] = WorkflowsApp.Template })));
        var (person, department) = (NewEmail("zglaszajacy"), NewEmail("drogi"));
        await app.PublishAsync("siedlec", new TestReported(Guid.NewGuid(), person, "U/1", department));
        await app.DrainAsync();

        var instance = Assert.Single(await app.InstancesAsync("siedlec", definition.Id));
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        var mail = Assert.Single(await app.MailToAsync("siedlec", person));
        Assert.Equal("Zgłoszenie U/1", mail.Subject);
        Assert.Contains("ma status nowe", mail.BodyText);
        Assert.Single(await app.MailToAsync("siedlec", department));
        var journal = await app.JournalAsync("siedlec", instance.Id);
        Assert.Equal(["start", "email.send", "email.send", "email.send"], journal.Select(j => j.Task));
        Assert.Contains("Brak adresu", journal[^1].Note);

        // Disabled: the next event starts nothing and mails nobody.
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
            db.UseTenant(await app.TenantAsync("siedlec"));
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<WorkflowDefinitions>().SetEnabledAsync(definition.Id, false, "test", default));
        }
        var second = NewEmail("drugi");
        await app.PublishAsync("siedlec", new TestReported(Guid.NewGuid(), second, "U/2", department));
        await app.DrainAsync();
        Assert.Single(await app.InstancesAsync("siedlec", definition.Id));
        Assert.Empty(await app.MailToAsync("siedlec", second));
        Assert.True(await app.QueryAsync("siedlec", db => db.Set<AuditEntry>().AnyAsync(a => a.Event == "WorkflowDisabled" && a.Subject.Contains(definition.Key))));
    }

    [Fact]
    public async Task The_same_event_delivered_twice_starts_one_instance()
    {
        var definition = await app.SaveAsync("siedlec", WorkflowsApp.Chain("raz-" + Guid.NewGuid().ToString("N")[..8],
            ("zapis", "audyt", new() { ["tresc"] = "Zgłoszenie {{ numer }}" })));
        var tenant = await app.TenantAsync("siedlec");
        var context = new DomainEventContext(Guid.NewGuid(), tenant, DateTimeOffset.UtcNow, 1);
        var data = new WorkflowEventData(new("testowy", "1"), new Dictionary<string, string> { ["numer"] = "U/9" }, null);
        for (var i = 0; i < 2; i++)
        {
            await using var scope = app.App.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<EboiDbContext>().UseTenant(tenant);
            var eventDefinition = scope.ServiceProvider.GetServices<WorkflowEventDefinition>().Single(e => e.Name == WorkflowsApp.Reported);
            await scope.ServiceProvider.GetRequiredService<IWorkflowEventSink>().OnEventAsync(eventDefinition, data, context with { Attempt = i + 1 }, default);
        }
        await app.DrainAsync();
        var instance = Assert.Single(await app.InstancesAsync("siedlec", definition.Id));
        Assert.Equal(context.EventId.ToString("D"), instance.StartKey);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
    }

    [Fact]
    public async Task Racing_loops_on_one_database_never_run_a_step_twice()
    {
        const int Count = 120;
        var definition = await app.SaveAsync("kozy", WorkflowsApp.Chain("wyscig-" + Guid.NewGuid().ToString("N")[..8],
            ("powiadom", "panel.powiadom", new() { ["rola"] = "Moderator", ["tresc"] = "Zgłoszenie {{ numer }}" }),
            ("zapis", "audyt", new() { ["tresc"] = "Wyścig {{ numer }}" })));
        await app.PublishAsync("kozy", Enumerable.Range(0, Count).Select(i => (object)new TestReported(Guid.NewGuid(), NewEmail("w"), $"W/{i}", "")).ToArray());

        // Three more loops race each other and the app's own background worker (SKIP LOCKED claims + leases).
        await Task.WhenAll(app.DrainAsync(), app.NewLoop().DrainAsync(), app.NewLoop().DrainAsync(), app.NewLoop().DrainAsync());
        await app.DrainAsync();

        var instances = await app.InstancesAsync("kozy", definition.Id);
        Assert.Equal(Count, instances.Count);
        Assert.All(instances, i => Assert.Equal(WorkflowStatus.Finished, i.Status));
        var ids = instances.Select(i => i.Id).ToList();
        var steps = await app.QueryAsync("kozy", db => db.Set<WorkflowJournalEntry>().AsNoTracking()
            .Where(j => ids.Contains(j.InstanceId) && j.Outcome != null).GroupBy(j => new { j.InstanceId, j.ActivityId }).Select(g => g.Count()).ToListAsync());
        Assert.Equal(Count * 2, steps.Count);
        Assert.All(steps, n => Assert.Equal(1, n));
        Assert.Equal(Count, await app.QueryAsync("kozy", db => db.Set<StaffNotification>().CountAsync(n => ids.Contains(n.InstanceId!.Value))));
        Assert.Equal(Count, await app.QueryAsync("kozy", db => db.Set<AuditEntry>().CountAsync(a => a.Details!.StartsWith("Wyścig W/"))));
    }

    [Fact]
    public async Task A_wait_ends_early_when_the_subjects_status_changes_and_other_subjects_do_not_wake_it()
    {
        var key = "czekanie-" + Guid.NewGuid().ToString("N")[..8];
        var doc = WorkflowsApp.Chain(key,
            ("czekaj", "czekaj", new() { ["dni"] = "3", ["wydarzenia"] = WorkflowsApp.StatusChanged }),
            ("przypomnij", "email.send", new() { ["odbiorca"] = "osoba", ["szablon"] = WorkflowsApp.Template })) with
        {
            Transitions = [new("czekaj", "uplynal-czas", "przypomnij")],
        };
        var definition = await app.SaveAsync("siedlec", doc);
        var (subject, other, person) = (Guid.NewGuid(), Guid.NewGuid(), NewEmail("czeka"));
        await app.PublishAsync("siedlec", new TestReported(subject, person, "C/1", ""));
        await app.DrainAsync();
        var waiting = Assert.Single(await app.InstancesAsync("siedlec", definition.Id));
        Assert.Equal(WorkflowStatus.Waiting, waiting.Status);
        Assert.True(waiting.NextRunAt > app.Clock.GetUtcNow().AddDays(2));

        await app.PublishAsync("siedlec", new TestStatusChanged(other, person, "przyjete"));
        await app.DrainAsync();
        Assert.Equal(WorkflowStatus.Waiting, Assert.Single(await app.InstancesAsync("siedlec", definition.Id)).Status);

        await app.PublishAsync("siedlec", new TestStatusChanged(subject, person, "przyjete"));
        await app.DrainAsync();
        var done = Assert.Single(await app.InstancesAsync("siedlec", definition.Id));
        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.Equal("zdarzenie", (await app.JournalAsync("siedlec", done.Id)).Last(j => j.Outcome != null).Outcome);
        Assert.Empty(await app.MailToAsync("siedlec", person));
    }

    [Fact]
    public async Task A_failing_step_retries_with_backoff_then_faults_with_its_error_and_a_retry_finishes_it()
    {
        var definition = await app.SaveAsync("pulawy", WorkflowsApp.Chain("awaria-" + Guid.NewGuid().ToString("N")[..8],
            ("zawodne", FlakyTask.TaskName, new()),
            ("zapis", "audyt", new() { ["tresc"] = "Po awarii {{ numer }}" })));
        app.Flaky.Failing = true;
        try
        {
            await app.PublishAsync("pulawy", new TestReported(Guid.NewGuid(), NewEmail("a"), "A/1", ""));
            await app.DrainAsync();
            var first = Assert.Single(await app.InstancesAsync("pulawy", definition.Id));
            Assert.Equal((WorkflowStatus.Running, 1), (first.Status, first.Attempt));
            Assert.Equal(app.Clock.GetUtcNow().AddSeconds(30), first.NextRunAt);

            app.Clock.Advance(TimeSpan.FromSeconds(31));
            await app.DrainAsync();
            Assert.Equal(2, Assert.Single(await app.InstancesAsync("pulawy", definition.Id)).Attempt);
            app.Clock.Advance(TimeSpan.FromSeconds(61));
            await app.DrainAsync();
        }
        finally
        {
            app.Flaky.Failing = false;
        }
        var faulted = Assert.Single(await app.InstancesAsync("pulawy", definition.Id));
        Assert.Equal(WorkflowStatus.Faulted, faulted.Status);
        Assert.Contains("system dziedzinowy nie odpowiada", faulted.LastError);
        Assert.Equal(3, (await app.JournalAsync("pulawy", faulted.Id)).Count(j => j.Error != null));

        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<EboiDbContext>().UseTenant(await app.TenantAsync("pulawy"));
            Assert.True(await scope.ServiceProvider.GetRequiredService<Eboi.Workflows.Admin.WorkflowInstances>().RetryAsync(faulted.Id, default));
        }
        await app.DrainAsync();
        var finished = Assert.Single(await app.InstancesAsync("pulawy", definition.Id));
        Assert.Equal(WorkflowStatus.Finished, finished.Status);
        Assert.Null(finished.LastError);
        Assert.Equal(["start", FlakyTask.TaskName, FlakyTask.TaskName, FlakyTask.TaskName, "ponowienie", FlakyTask.TaskName, "audyt"],
            (await app.JournalAsync("pulawy", finished.Id)).Select(j => j.Task));
    }

    [Fact]
    public async Task A_timer_workflow_starts_once_per_cron_occurrence()
    {
        var definition = await app.SaveAsync("pokrzywnica", new WorkflowDocument
        {
            Key = "czasomierz-" + Guid.NewGuid().ToString("N")[..8],
            Title = "Co 5 minut",
            Trigger = new() { Event = "czasomierz", Cron = "*/5 * * * *" },
            Activities = [new() { Id = "zapis", Task = "audyt", Settings = new() { ["tresc"] = "Przegląd" } }],
        });
        Assert.NotNull(definition.NextFireAt);
        app.Clock.Advance(TimeSpan.FromMinutes(6));
        await app.DrainAsync();
        var instance = Assert.Single(await app.InstancesAsync("pokrzywnica", definition.Id));
        Assert.StartsWith("cron:", instance.StartKey);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);

        // Missed occurrences collapse into that one start; the next is the next 5-minute mark, not before.
        var next = await app.QueryAsync("pokrzywnica", db => db.Set<WorkflowDefinition>().Where(d => d.Id == definition.Id).Select(d => d.NextFireAt).SingleAsync());
        Assert.True(next > app.Clock.GetUtcNow());
        app.Clock.SetUtcNow(next!.Value.AddSeconds(-1));
        await app.DrainAsync();
        Assert.Single(await app.InstancesAsync("pokrzywnica", definition.Id));
        app.Clock.SetUtcNow(next.Value.AddSeconds(61));
        await app.DrainAsync();
        Assert.Equal(2, (await app.InstancesAsync("pokrzywnica", definition.Id)).Count);
    }

    [Fact]
    public async Task Retention_deletes_ended_instances_and_their_journals_older_than_the_tenants_period()
    {
        var definition = await app.SaveAsync("kozy", WorkflowsApp.Chain("retencja-" + Guid.NewGuid().ToString("N")[..8],
            ("zapis", "audyt", new() { ["tresc"] = "R {{ numer }}" })));
        await app.PublishAsync("kozy", new TestReported(Guid.NewGuid(), NewEmail("r"), "R/1", ""), new TestReported(Guid.NewGuid(), NewEmail("r"), "R/2", ""));
        await app.DrainAsync();
        var instances = await app.InstancesAsync("kozy", definition.Id);
        Assert.Equal(2, instances.Count);
        var (old, recent) = (instances[0].Id, instances[1].Id);

        var tenant = await app.TenantAsync("kozy");
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
            db.UseTenant(tenant);
            await scope.ServiceProvider.GetRequiredService<Eboi.Workflows.Admin.WorkflowInstances>().SetRetentionDaysAsync(7, default);
            var longAgo = app.Clock.GetUtcNow().AddDays(-8);
            await db.Set<WorkflowInstance>().Where(i => i.Id == old).ExecuteUpdateAsync(u => u.SetProperty(i => i.FinishedAt, longAgo));
            await ActivatorUtilities.CreateInstance<Eboi.Workflows.Engine.RetentionJob>(scope.ServiceProvider)
                .RunAsync(new(Eboi.Workflows.Engine.RetentionJob.Name, tenant, app.Clock.GetUtcNow(), 1), default);
        }
        Assert.Equal([recent], (await app.InstancesAsync("kozy", definition.Id)).Select(i => i.Id));
        Assert.Empty(await app.JournalAsync("kozy", old));
        Assert.NotEmpty(await app.JournalAsync("kozy", recent));
    }

    [Fact]
    public async Task Another_tenants_workflows_and_instances_are_invisible()
    {
        var definition = await app.SaveAsync("siedlec", WorkflowsApp.Chain("tylko-siedlec-" + Guid.NewGuid().ToString("N")[..8],
            ("zapis", "audyt", new() { ["tresc"] = "x" })));
        await app.PublishAsync("siedlec", new TestReported(Guid.NewGuid(), NewEmail("t"), "T/1", ""));
        await app.DrainAsync();
        Assert.Single(await app.InstancesAsync("siedlec", definition.Id));

        Assert.Empty(await app.InstancesAsync("kozy", definition.Id));
        Assert.False(await app.QueryAsync("kozy", db => db.Set<WorkflowDefinition>().AnyAsync(d => d.Id == definition.Id)));
        // Raw SQL without a WHERE on the tenant: RLS alone keeps Siedlec's rows out.
        foreach (var table in new[] { "workflow_definitions", "workflow_versions", "workflow_instances", "workflow_journal" })
        {
            var sql = $"SELECT count(*)::int AS \"Value\" FROM {table} WHERE {(table == "workflow_definitions" ? "id" : table == "workflow_journal" ? "instance_id IN (SELECT id FROM workflow_instances WHERE definition_id" : "definition_id")} = '{definition.Id}'{(table == "workflow_journal" ? ")" : "")}";
            Assert.Equal(0, await app.QueryAsync("kozy", db => db.Database.SqlQueryRaw<int>(sql).SingleAsync()));
            Assert.True(await app.QueryAsync("siedlec", db => db.Database.SqlQueryRaw<int>(sql).SingleAsync()) > 0, table);
        }
    }
}
