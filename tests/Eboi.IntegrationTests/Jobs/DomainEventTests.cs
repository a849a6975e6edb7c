using Eboi.Core.Data;
using Eboi.Core.Events;
using Eboi.Core.Jobs;
using Eboi.IntegrationTests.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Jobs;

/// <summary>Events commit with their cause, run each handler once with the tenant set, retry per handler, and never twice across loops.</summary>
public sealed class DomainEventTests(JobsApp app) : IClassFixture<JobsApp>
{
    private async Task PublishAsync(string slug, object domainEvent, bool commit = true)
    {
        var tenant = await app.TenantAsync(slug);
        await using var scope = app.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        var publisher = scope.ServiceProvider.GetRequiredService<IDomainEventPublisher>();
        await db.ForTenantAsync(tenant.Id, async _ =>
        {
            db.Add(MailApp.NewChange(tenant.Id));
            switch (domainEvent)
            {
                case PaymentSucceeded p: publisher.Publish(p); break;
                case Counted c: publisher.Publish(c); break;
            }
            await db.SaveChangesAsync();   // written, but committed only if the unit of work commits
            return commit;
        }, committed => committed);
    }

    private async Task<Guid> EventIdAsync(Guid paymentId)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        db.UseWorkerScope(JobWorkerScope.Name);
        var events = await db.Set<DomainEventRecord>().IgnoreQueryFilters().AsNoTracking().ToListAsync();
        return Assert.Single(events, e => e.Payload.Contains(paymentId.ToString())).Id;
    }

    [Fact]
    public async Task An_event_published_in_a_rolled_back_unit_of_work_never_runs_and_a_committed_one_runs_once_with_its_tenant()
    {
        var rolledBack = new PaymentSucceeded(Guid.NewGuid(), 12.50m, PoisonForAudit: false);
        var committed = new PaymentSucceeded(Guid.NewGuid(), 99m, PoisonForAudit: false);
        await PublishAsync("kozy", rolledBack, commit: false);
        await PublishAsync("kozy", committed);

        await app.DrainAsync();

        var kozy = await app.TenantAsync("kozy");
        Assert.DoesNotContain(app.Recorder.Payments, p => p.PaymentId == rolledBack.PaymentId);
        var run = Assert.Single(app.Recorder.Payments, p => p.PaymentId == committed.PaymentId);
        Assert.Equal(kozy.Id, run.TenantId);
        Assert.Equal(kozy.Id, run.DbTenant);
        Assert.Equal(kozy.Id, run.CurrentTenant);
        Assert.Equal(1, run.Attempt);

        // Both handlers of the committed event are Done; nothing at all was stored for the rolled-back one.
        var deliveries = await app.DeliveriesAsync(d => d.Kind == JobKind.Event && d.TenantId == kozy.Id);
        await using var scope = app.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        db.UseWorkerScope(JobWorkerScope.Name);
        var events = await db.Set<DomainEventRecord>().IgnoreQueryFilters().AsNoTracking().Where(e => e.Type == "tests.payment-succeeded").ToListAsync();
        Assert.DoesNotContain(events, e => e.Payload.Contains(rolledBack.PaymentId.ToString()));
        var stored = Assert.Single(events, e => e.Payload.Contains(committed.PaymentId.ToString()));
        Assert.Equal(kozy.Id, stored.TenantId);
        var mine = deliveries.Where(d => d.EventId == stored.Id).ToList();
        Assert.Equal(2, mine.Count);
        Assert.All(mine, d => Assert.Equal(JobStatus.Done, d.Status));
    }

    [Fact]
    public async Task A_failing_handler_retries_with_backoff_then_is_recorded_failed_while_the_other_handler_ran_once()
    {
        var payment = new PaymentSucceeded(Guid.NewGuid(), 5m, PoisonForAudit: true);
        await PublishAsync("siedlec", payment);
        await app.DrainAsync();

        var eventId = await EventIdAsync(payment.PaymentId);
        async Task<JobDelivery> Audit() =>
            Assert.Single(await app.DeliveriesAsync(d => d.EventId == eventId && d.Handler == typeof(PaymentAuditHandler).FullName));

        var first = await Audit();
        Assert.Equal(1, first.Attempts);
        Assert.Equal(JobStatus.Pending, first.Status);
        Assert.Equal(TimeSpan.FromSeconds(30), first.NextAttemptAt - app.Clock.GetUtcNow());
        Assert.Contains("próba 1", first.LastError);

        // Not due yet: a drain does nothing.
        app.Clock.Advance(TimeSpan.FromSeconds(29));
        await app.DrainAsync();
        Assert.Equal(1, (await Audit()).Attempts);

        app.Clock.Advance(TimeSpan.FromSeconds(1));
        await app.DrainAsync();
        var second = await Audit();
        Assert.Equal(2, second.Attempts);
        Assert.Equal(JobStatus.Pending, second.Status);
        Assert.Equal(TimeSpan.FromSeconds(60), second.NextAttemptAt - app.Clock.GetUtcNow());

        app.Clock.Advance(TimeSpan.FromSeconds(60));
        await app.DrainAsync();
        var last = await Audit();
        Assert.Equal(3, last.Attempts);
        Assert.Equal(JobStatus.Failed, last.Status);
        Assert.Contains("próba 3", last.LastError);
        Assert.NotNull(last.CompletedAt);

        // The other handler of the same event succeeded on its first attempt and was never re-run.
        var run = Assert.Single(app.Recorder.Payments, p => p.PaymentId == payment.PaymentId);
        Assert.Equal(1, run.Attempt);
        Assert.Equal(JobStatus.Done, Assert.Single(await app.DeliveriesAsync(d => d.EventId == eventId && d.Handler == typeof(PaymentHandler).FullName)).Status);
    }

    [Fact]
    public async Task Two_loops_on_one_database_never_run_the_same_delivery_twice()
    {
        var ids = Enumerable.Range(0, 120).Select(_ => Guid.NewGuid()).ToList();
        var slugs = new[] { "siedlec", "kozy", "pokrzywnica", "pulawy" };
        for (var i = 0; i < ids.Count; i++) await PublishAsync(slugs[i % slugs.Length], new Counted(ids[i]));

        // Two more loops race each other and the app's own background worker (batches of 5, SKIP LOCKED claims).
        var a = app.NewLoop();
        var b = app.NewLoop();
        await Task.WhenAll(Task.Run(() => a.DrainAsync()), Task.Run(() => b.DrainAsync()));
        await app.DrainAsync();

        Assert.All(ids, id => Assert.Equal(1, app.Recorder.Counted.GetValueOrDefault(id)));
        Assert.Equal(ids.Count, app.Recorder.Counted.Count);
    }
}
