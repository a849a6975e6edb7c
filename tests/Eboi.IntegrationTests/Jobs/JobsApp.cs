using System.Collections.Concurrent;
using Eboi.Core.Data;
using Eboi.Core.Events;
using Eboi.Core.Jobs;
using Eboi.Core.Tenancy;
using Eboi.Email;
using Eboi.Email.Outbox;
using Eboi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Eboi.IntegrationTests.Jobs;

/// <summary>A payment-like event with two handlers: one that always succeeds, one that fails when told to.</summary>
[DomainEvent("tests.payment-succeeded")]
public sealed record PaymentSucceeded(Guid PaymentId, decimal Amount, bool PoisonForAudit);

/// <summary>An event with one counting handler, published in bulk to race two loops.</summary>
[DomainEvent("tests.counted")]
public sealed record Counted(Guid Id);

/// <summary>What handlers and jobs saw, shared by the app and the test.</summary>
public sealed class Recorder
{
    public ConcurrentQueue<(Guid PaymentId, Guid TenantId, Guid? DbTenant, Guid? CurrentTenant, int Attempt)> Payments { get; } = new();
    public ConcurrentDictionary<Guid, int> Counted { get; } = new();
    public ConcurrentDictionary<(Guid? Tenant, DateTimeOffset Occurrence), int> PerTenantRuns { get; } = new();
    public ConcurrentDictionary<DateTimeOffset, int> HostRuns { get; } = new();
    public ConcurrentQueue<string> Problems { get; } = new();
}

public sealed class PaymentHandler(Recorder recorder, EboiDbContext db, ICurrentTenant tenant) : IDomainEventHandler<PaymentSucceeded>
{
    public Task HandleAsync(PaymentSucceeded domainEvent, DomainEventContext context, CancellationToken ct)
    {
        recorder.Payments.Enqueue((domainEvent.PaymentId, context.TenantId, db.TenantId, tenant.Tenant?.Id, context.Attempt));
        return Task.CompletedTask;
    }
}

public sealed class PaymentAuditHandler : IDomainEventHandler<PaymentSucceeded>
{
    public Task HandleAsync(PaymentSucceeded domainEvent, DomainEventContext context, CancellationToken ct) =>
        domainEvent.PoisonForAudit ? throw new InvalidOperationException($"księgowanie niedostępne (próba {context.Attempt})") : Task.CompletedTask;
}

public sealed class CountedHandler(Recorder recorder) : IDomainEventHandler<Counted>
{
    public async Task HandleAsync(Counted domainEvent, DomainEventContext context, CancellationToken ct)
    {
        recorder.Counted.AddOrUpdate(domainEvent.Id, 1, (_, n) => n + 1);
        await Task.Yield();
    }
}

public sealed class EveryMinuteJob(Recorder recorder, EboiDbContext db) : IScheduledJob
{
    public Task RunAsync(ScheduledJobContext context, CancellationToken ct)
    {
        if (db.TenantId != context.TenantId) recorder.Problems.Enqueue($"db tenant {db.TenantId} ≠ {context.TenantId}");
        recorder.PerTenantRuns.AddOrUpdate((context.TenantId, context.Occurrence), 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}

public sealed class HostEveryMinuteJob(Recorder recorder, EboiDbContext db) : IScheduledJob
{
    public Task RunAsync(ScheduledJobContext context, CancellationToken ct)
    {
        if (db.TenantId is not null || context.TenantId is not null) recorder.Problems.Enqueue("host job ran with a tenant");
        recorder.HostRuns.AddOrUpdate(context.Occurrence, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}

/// <summary>The real outbox, except that it throws for one recipient (to fail the e-mail staging of a unit of work).</summary>
public sealed class FailingOutboxSwitch
{
    public string? FailFor { get; set; }
}

public sealed class SwitchableOutbox(IServiceProvider services, FailingOutboxSwitch failing) : IEmailOutbox
{
    public Task EnqueueAsync(OutgoingEmail email, CancellationToken ct = default) =>
        email.To == failing.FailFor
            ? throw new InvalidOperationException("staging the e-mail failed")
            : ActivatorUtilities.CreateInstance<EmailOutbox>(services).EnqueueAsync(email, ct);
}

/// <summary>The real app with a fake clock and test handlers and cron jobs; one per test class.</summary>
public sealed class JobsApp : IAsyncLifetime
{
    public const string PerTenantJob = "tests.every-minute";
    public const string HostJob = "tests.host-every-minute";

    // Whole seconds, so times survive PostgreSQL's microsecond precision and compare exactly.
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
    public Recorder Recorder { get; } = new();
    public FailingOutboxSwitch FailingOutbox { get; } = new();
    public TestDatabase Db { get; private set; } = null!;
    public EboiAppFactory App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Db = await TestDatabase.CreateAsync();
        App = new EboiAppFactory(Db, seed: true, services: s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            s.AddSingleton(Recorder);
            s.AddSingleton(FailingOutbox);
            s.AddScoped<IEmailOutbox, SwitchableOutbox>();
            s.Configure<JobOptions>(o =>
            {
                o.BatchSize = 5;
                o.MaxAttempts = 3;
            });
            s.AddEventHandler<PaymentSucceeded, PaymentHandler>();
            s.AddEventHandler<PaymentSucceeded, PaymentAuditHandler>();
            s.AddEventHandler<Counted, CountedHandler>();
            s.AddScheduledJob<EveryMinuteJob>(PerTenantJob, "* * * * *", JobScope.PerTenant);
            s.AddScheduledJob<HostEveryMinuteJob>(HostJob, "* * * * *", JobScope.Host);
        });
        _ = App.Server;
        await DrainAsync();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Db.DisposeAsync();
    }

    /// <summary>Runs the app's loop until nothing is due (the "worker drained" signal).</summary>
    public Task DrainAsync() => App.Services.GetRequiredService<JobLoop>().DrainAsync();

    /// <summary>A second, independent loop instance over the same queues, as another node would run.</summary>
    public JobLoop NewLoop() => ActivatorUtilities.CreateInstance<JobLoop>(App.Services);

    public async Task<TenantInfo> TenantAsync(string slug) =>
        await App.Services.GetRequiredService<TenantRegistry>().FindBySlugAsync(slug) ?? throw new InvalidOperationException(slug);

    public async Task<IReadOnlyList<JobDelivery>> DeliveriesAsync(Func<JobDelivery, bool> where)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        db.UseWorkerScope(JobWorkerScope.Name);
        return (await db.Set<JobDelivery>().IgnoreQueryFilters().AsNoTracking().ToListAsync()).Where(where).ToList();
    }
}
