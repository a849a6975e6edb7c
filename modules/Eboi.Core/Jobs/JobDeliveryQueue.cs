using Eboi.Core.Data;
using Eboi.Core.Events;
using Eboi.Core.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eboi.Core.Jobs;

/// <summary>
/// Runs due job_deliveries (event handlers and scheduled-job occurrences), each in a fresh DI scope with its tenant
/// set, and records Done, a retry with backoff, or Failed after the last attempt.
/// </summary>
public sealed class JobDeliveryQueue(
    IServiceScopeFactory scopes,
    IEnumerable<EventHandlerRegistration> handlers,
    IEnumerable<ScheduledJobRegistration> jobs,
    TenantRegistry tenants,
    IOptionsMonitor<JobOptions> options,
    TimeProvider clock,
    ILogger<JobDeliveryQueue> logger) : IJobQueue
{
    private readonly Dictionary<(string Event, string Handler), EventHandlerRegistration> _handlers =
        handlers.ToDictionary(h => (h.EventName, h.HandlerName));
    private readonly Dictionary<string, ScheduledJobRegistration> _jobs = jobs.ToDictionary(j => j.Name);

    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var settings = options.CurrentValue;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        db.UseWorkerScope(JobWorkerScope.Name);
        var store = new JobStore(db);

        var claimed = await store.ClaimAsync(clock.GetUtcNow(), settings.ClaimLease, settings.BatchSize, ct);
        var done = new HashSet<Guid>();
        try
        {
            foreach (var row in claimed)
            {
                ct.ThrowIfCancellationRequested();
                await RunAsync(store, row, settings.RetrySchedule, ct);
                done.Add(row.Id);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down: hand back what was not attempted instead of letting it wait out the lease.
            var left = claimed.Select(r => r.Id).Where(id => !done.Contains(id)).ToList();
            if (left.Count > 0) await store.ReleaseAsync(left, clock.GetUtcNow(), CancellationToken.None);
            throw;
        }
        return claimed.Count;
    }

    private async Task RunAsync(JobStore store, JobDelivery row, RetrySchedule schedule, CancellationToken ct)
    {
        try
        {
            await using (var work = scopes.CreateAsyncScope())
            {
                var services = work.ServiceProvider;
                services.GetRequiredService<EboiDbContext>().UseTenant(row.TenantId);
                if (row.TenantId is { } tenantId)
                    services.GetRequiredService<CurrentTenant>().Tenant = await FindTenantAsync(tenantId, ct);
                if (row.Kind == JobKind.Event)
                    await RunHandlerAsync(store, services, row, ct);
                else
                    await RunScheduledAsync(services, row, ct);
            }
            await store.MarkDoneAsync(row.Id, clock.GetUtcNow(), ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // row.Attempts already counts this attempt (the claim incremented it).
            var retryIn = schedule.DelayAfter(row.Attempts);
            await store.MarkAttemptFailedAsync(row.Id, retryIn, clock.GetUtcNow(), ErrorText.Describe(e), ct);
            if (retryIn is { } delay)
                logger.LogWarning(e, "{Kind} {Handler} ({Delivery}) failed on attempt {Attempt}; next attempt in {Delay}",
                    row.Kind, row.Handler, row.Id, row.Attempts, delay);
            else
                logger.LogError(e, "{Kind} {Handler} ({Delivery}) failed on attempt {Attempt}; giving up",
                    row.Kind, row.Handler, row.Id, row.Attempts);
        }
    }

    private async Task RunHandlerAsync(JobStore store, IServiceProvider services, JobDelivery row, CancellationToken ct)
    {
        var record = await store.EventAsync(row.EventId!.Value, ct)
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
