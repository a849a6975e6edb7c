using Eboi.Core.Data;
using Eboi.Core.Jobs;
using Eboi.Core.Tenancy;
using Eboi.Email.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eboi.Email.Delivery;

/// <summary>
/// The e-mail outbox as a sibling queue of Core's job loop (no loop of its own): claims due rows of every tenant,
/// sends them; <see cref="LeasedQueue{TRow}"/> marks them Sent or schedules a retry with backoff (Eboi:Mail:Outbox),
/// Failed after the last attempt.
/// </summary>
internal sealed class EmailOutboxQueue(
    IServiceScopeFactory scopes,
    TenantRegistry tenants,
    IMailTransportResolver transports,
    MailMessageFactory messages,
    IOptionsMonitor<EmailOptions> options,
    TimeProvider clock,
    ILogger<EmailOutboxQueue> logger) : LeasedQueue<EmailOutboxMessage>(scopes, clock, logger)
{
    protected override string Table => "email_outbox";
    protected override string WorkerScope => OutboxWorkerScope.Name;

    protected override LeaseSettings Settings
    {
        get
        {
            var outbox = options.CurrentValue.Outbox;
            return new(outbox.ClaimLease, outbox.BatchSize, outbox.RetrySchedule);
        }
    }

    protected override string Describe(EmailOutboxMessage row) => $"E-mail {row.Id} ({row.TemplateKey})";

    protected override async Task RunAsync(EmailOutboxMessage row, EboiDbContext workerDb, CancellationToken ct)
    {
        var tenant = await FindTenantAsync(row.TenantId, ct)
            ?? throw new InvalidOperationException($"Tenant {row.TenantId} does not exist.");
        using (var message = messages.Create(row, tenant))
            await transports.For(tenant).SendAsync(message, ct);
        logger.LogInformation("E-mail {MessageId} ({Template}) sent on attempt {Attempt}", row.Id, row.TemplateKey, row.Attempts);
    }

    protected override Task MarkDoneAsync(IQueryable<EmailOutboxMessage> row, DateTimeOffset now, CancellationToken ct) =>
        row.ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, EmailStatus.Sent).SetProperty(m => m.SentAt, now), ct);

    protected override Task MarkFailedAsync(IQueryable<EmailOutboxMessage> row, string error, DateTimeOffset now, CancellationToken ct) =>
        row.ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, EmailStatus.Failed).SetProperty(m => m.LastError, error), ct);

    private async Task<TenantInfo?> FindTenantAsync(Guid id, CancellationToken ct)
    {
        if (await tenants.FindByIdAsync(id, ct) is { } tenant) return tenant;
        // Mail of a tenant created moments ago (another node, the CLI) can be due before the cached registry refreshes.
        tenants.Invalidate();
        return await tenants.FindByIdAsync(id, ct);
    }
}
