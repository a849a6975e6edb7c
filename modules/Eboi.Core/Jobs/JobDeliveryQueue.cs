using Eboi.Core.Data;
using Eboi.Core.Events;
using Eboi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eboi.Core.Jobs;

/// <summary>
/// Runs due job_deliveries (event handlers and scheduled-job occurrences), each in a fresh DI scope with its tenant
/// set; <see cref="LeasedQueue{TRow}"/> records Done, a retry with backoff, or Failed after the last attempt.
/// </summary>
public sealed class JobDeliveryQueue(
    IServiceScopeFactory scopes,
    IEnumerable<EventHandlerRegistration> handlers,
    IEnumerable<ScheduledJobRegistration> jobs,
    TenantRegistry tenants,
    IOptionsMonitor<JobOptions> options,
    TimeProvider clock,
    ILogger<JobDeliveryQueue> logger) : LeasedQueue<JobDelivery>(scopes, clock, logger)
{
    private readonly Dictionary<(string Event, string Handler), EventHandlerRegistration> _handlers =
        handlers.ToDictionary(h => (h.EventName, h.HandlerName));
    private readonly Dictionary<string, ScheduledJobRegistration> _jobs = jobs.ToDictionary(j => j.Name);

    protected override string Table => "job_deliveries";
    protected override string WorkerScope => JobWorkerScope.Name;

    protected override LeaseSettings Settings
    {
        get
        {
            var settings = options.CurrentValue;
            return new(settings.ClaimLease, settings.BatchSize, settings.RetrySchedule);
        }
    }

    protected override string Describe(JobDelivery row) => $"{row.Kind} {row.Handler} ({row.Id})";

    protected override Task MarkDoneAsync(IQueryable<JobDelivery> row, DateTimeOffset now, CancellationToken ct) =>
        row.ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, JobStatus.Done).SetProperty(d => d.CompletedAt, now), ct);

    protected override Task MarkFailedAsync(IQueryable<JobDelivery> row, string error, DateTimeOffset now, CancellationToken ct) =>
        row.ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, JobStatus.Failed)
            .SetProperty(d => d.LastError, error)
            .SetProperty(d => d.CompletedAt, now), ct);

    protected override async Task RunAsync(JobDelivery row, EboiDbContext workerDb, CancellationToken ct)
    {
        await using var work = Scopes.CreateAsyncScope();
        var services = work.ServiceProvider;
        services.GetRequiredService<EboiDbContext>().UseTenant(row.TenantId);
        if (row.TenantId is { } tenantId)
            services.GetRequiredService<CurrentTenant>().Tenant = await FindTenantAsync(tenantId, ct);
        if (row.Kind == JobKind.Event)
            await RunHandlerAsync(services, workerDb, row, ct);
        else
            await RunScheduledAsync(services, row, ct);
    }

    private async Task RunHandlerAsync(IServiceProvider services, EboiDbContext workerDb, JobDelivery row, CancellationToken ct)
    {
        var record = await workerDb.Set<DomainEventRecord>().IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(e => e.Id == row.EventId, ct)
            ?? throw new InvalidOperationException($"Event {row.EventId} does not exist.");
        // Not registered (yet) on this node, e.g. during a rolling update: a failed attempt, retried later.
        var handler = _handlers.GetValueOrDefault((record.Type, row.Handler))
            ?? throw new InvalidOperationException($"No handler '{row.Handler}' for event '{record.Type}' is registered.");
        await handler.InvokeAsync(services, record.Payload, new DomainEventContext(record.Id, record.TenantId, record.CreatedAt, row.Attempts), ct);
    }

    private Task RunScheduledAsync(IServiceProvider services, JobDelivery row, CancellationToken ct)
    {
        var job = _jobs.GetValueOrDefault(row.Handler)
            ?? throw new InvalidOperationException($"No scheduled job '{row.Handler}' is registered.");
        return job.InvokeAsync(services, new ScheduledJobContext(row.Handler, row.TenantId, row.Occurrence!.Value, row.Attempts), ct);
    }

    private async Task<TenantInfo?> FindTenantAsync(Guid id, CancellationToken ct)
    {
        if (await tenants.FindByIdAsync(id, ct) is { } tenant) return tenant;
        // A tenant created moments ago (another node, the CLI) can have work due before the cached registry refreshes.
        tenants.Invalidate();
        return await tenants.FindByIdAsync(id, ct);
    }
}
