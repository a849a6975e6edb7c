using Eboi.Core.Data;
using Eboi.Core.Jobs;
using Eboi.Core.Tenancy;
using Eboi.Email.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eboi.Email.Delivery;

/// <summary>
/// The e-mail outbox as a sibling queue of Core's job loop (no loop of its own): claims due rows of every tenant,
/// sends them, marks them Sent or schedules a retry with backoff (Eboi:Mail:Outbox), Failed after the last attempt.
/// </summary>
internal sealed class EmailOutboxQueue(
    IServiceScopeFactory scopes,
    TenantRegistry tenants,
    IMailTransportResolver transports,
    MailMessageFactory messages,
    IOptionsMonitor<EmailOptions> options,
    TimeProvider clock,
    ILogger<EmailOutboxQueue> logger) : IJobQueue
{
    /// <summary>Claims one batch of due rows and attempts each; returns how many were claimed.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var settings = options.CurrentValue.Outbox;
        await using var scope = scopes.CreateAsyncScope();
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
            await store.MarkAttemptFailedAsync(row.Id, retryIn, clock.GetUtcNow(), ErrorText.Describe(e), ct);
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
}
