using Eboi.Core.Data;
using Eboi.Core.Tenancy;
using Eboi.Email.Domain;
using Eboi.Email.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eboi.Email.Delivery;

/// <summary>
/// One loop for all tenants: claims due outbox rows, sends them, marks them Sent or schedules a retry with backoff.
/// Wakes on <see cref="OutboxSignal"/> after a local SaveChanges, and polls for rows written by other nodes.
/// </summary>
public sealed class OutboxDeliveryService(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    TenantRegistry tenants,
    IMailTransportResolver transports,
    MailMessageFactory messages,
    IOptionsMonitor<EmailOptions> options,
    TimeProvider clock,
    ILogger<OutboxDeliveryService> logger) : BackgroundService
{
    private const int MaxErrorLength = 2000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var woken = signal.Arm();
            var claimed = 0;
            try
            {
                claimed = await DeliverDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "E-mail delivery round failed; trying again at the next poll");
            }
            // A full batch means more rows may be due right now.
            if (claimed < options.CurrentValue.Outbox.BatchSize) await WaitAsync(woken, stoppingToken);
        }
    }

    /// <summary>Claims one batch of due rows and attempts each; returns how many were claimed.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken ct)
    {
        var settings = options.CurrentValue.Outbox;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        db.UseWorkerScope(OutboxWorkerScope.Name);
        var store = new OutboxStore(db);

        var claimed = await store.ClaimAsync(clock.GetUtcNow(), settings.ClaimLease, settings.BatchSize, ct);
        var done = new HashSet<Guid>();
        try
        {
            foreach (var row in claimed)
            {
                ct.ThrowIfCancellationRequested();
                await DeliverAsync(store, row, settings.RetrySchedule, ct);
                done.Add(row.Id);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down: hand back what was not attempted instead of letting it wait out the lease.
            var unsent = claimed.Select(r => r.Id).Where(id => !done.Contains(id)).ToList();
            if (unsent.Count > 0) await store.ReleaseAsync(unsent, clock.GetUtcNow(), CancellationToken.None);
            throw;
        }
        return claimed.Count;
    }

    private async Task DeliverAsync(OutboxStore store, EmailOutboxMessage row, RetrySchedule schedule, CancellationToken ct)
    {
        try
        {
            var tenant = await FindTenantAsync(row.TenantId, ct)
                ?? throw new InvalidOperationException($"Tenant {row.TenantId} does not exist.");
            using (var message = messages.Create(row, tenant))
                await transports.For(tenant).SendAsync(message, ct);
            await store.MarkSentAsync(row.Id, clock.GetUtcNow(), ct);
            logger.LogInformation("E-mail {MessageId} ({Template}) sent on attempt {Attempt}", row.Id, row.TemplateKey, row.Attempts);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // row.Attempts already counts this attempt (the claim incremented it).
            var retryIn = schedule.DelayAfter(row.Attempts);
            await store.MarkAttemptFailedAsync(row.Id, retryIn, clock.GetUtcNow(), Describe(e), ct);
            if (retryIn is { } delay)
                logger.LogWarning(e, "E-mail {MessageId} ({Template}) failed on attempt {Attempt}; next attempt in {Delay}",
                    row.Id, row.TemplateKey, row.Attempts, delay);
            else
                logger.LogError(e, "E-mail {MessageId} ({Template}) failed on attempt {Attempt}; giving up",
                    row.Id, row.TemplateKey, row.Attempts);
        }
    }

    private async Task<TenantInfo?> FindTenantAsync(Guid id, CancellationToken ct)
    {
        if (await tenants.FindByIdAsync(id, ct) is { } tenant) return tenant;
        // Mail of a tenant created moments ago (another node, the CLI) can be due before the cached registry refreshes.
        tenants.Invalidate();
        return await tenants.FindByIdAsync(id, ct);
    }

    private async Task WaitAsync(Task woken, CancellationToken stoppingToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var poll = Task.Delay(options.CurrentValue.Outbox.PollInterval, clock, stop.Token);
        await Task.WhenAny(woken, poll);
        await stop.CancelAsync();
    }

    /// <summary>The whole exception chain ("Failure sending mail. → Connection refused"), since the outer message alone says little.</summary>
    private static string Describe(Exception e)
    {
        var parts = new List<string>();
        for (var x = e; x is not null; x = x.InnerException) parts.Add($"{x.GetType().Name}: {x.Message}");
        var text = string.Join(" → ", parts);
        return text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
    }
}
