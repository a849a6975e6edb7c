using Eboi.Core.Data;
using Eboi.Core.Jobs;
using Eboi.Payments.Completion;
using Eboi.Payments.Domain;
using Eboi.Payments.Gateway;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Eboi.Payments.Reconciliation;

/// <summary>
/// Every few minutes, per tenant: asks the gateway about payments left "utworzona"/"rozpoczęta" past the tenant's
/// timeout (a notification lost, or never sent). Paid there: the same success path as a notification
/// (<see cref="PaymentCompletion"/>); still unpaid past the gateway's time limit plus <see cref="ExpiryGrace"/>:
/// "wygasła" (paid but refused, e.g. a wrong amount: "odrzucona"). Each payment in its own transaction, journaled like a notification.
/// </summary>
internal sealed class ReconcilePaymentsJob(EboiDbContext db, TenantGatewaySettings gatewaySettings, GatewayStatusCheck check,
    TimeProvider clock, ILogger<ReconcilePaymentsJob> log) : IScheduledJob
{
    public const string Name = "payments.reconcile";
    public const string Cron = "*/5 * * * *";
    public const int BatchSize = 200;
    public const string JournalDetail = "Uzgodnienie z bramką";

    /// <summary>How long after the gateway's own time limit a payment still waits for the bank before it expires.</summary>
    public static readonly TimeSpan ExpiryGrace = TimeSpan.FromMinutes(30);

    public async Task RunAsync(ScheduledJobContext context, CancellationToken ct)
    {
        if (context.TenantId is not { } tenantId || await gatewaySettings.LoadAsync(ct) is not { } settings) return;
        var summary = await RunForTenantAsync(tenantId, settings, ct);
        if (summary.Failed > 0) throw new InvalidOperationException($"{summary.Failed} payments could not be reconciled (gateway unreachable?).");
    }

    /// <summary>Reconciles the overdue payments of the tenant; returns how many were paid, expired and failed.</summary>
    public async Task<(int Paid, int Expired, int Failed)> RunForTenantAsync(Guid tenantId, GatewaySettings settings, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var askBefore = now - settings.Timeout;
        var overdue = await db.Set<Payment>().AsNoTracking()
            .Where(p => (p.State == PaymentState.Started && p.StartedAt < askBefore) || (p.State == PaymentState.Created && p.CreatedAt < askBefore))
            .OrderBy(p => p.CreatedAt).Select(p => new { p.Id, p.CreatedAt, p.StartedAt }).Take(BatchSize).ToListAsync(ct);
        int paid = 0, expired = 0, failed = 0;
        foreach (var p in overdue)
        {
            try
            {
                var result = await check.CompleteIfPaidAsync(tenantId, p.Id, settings, JournalDetail, ct);
                if (result?.Verdict == NotificationVerdict.Accepted)
                {
                    paid++;
                    continue;
                }
                // The gateway's time limit runs from registration, and a bank may confirm after it: expire only past both.
                if (result?.Verdict == NotificationVerdict.Duplicate || (p.StartedAt ?? p.CreatedAt) >= now - settings.ExpireAfter - ExpiryGrace) continue;
                // Unpaid: "wygasła". Paid but refused (wrong amount, not verified): "odrzucona", so it is not asked about forever.
                var final = result is null ? PaymentState.Expired : PaymentState.Rejected;
                await db.ForTenantAsync(tenantId, async c =>
                {
                    if (await db.LockPaymentAsync(p.Id, c) is { } row && row.TryMove(final, now) && final == PaymentState.Expired) expired++;
                }, ct);
            }
            catch (Exception e) when (GatewayException.IsGatewayFailure(e, ct))
            {
                failed++;
                db.ChangeTracker.Clear();
                log.LogWarning(e, "Reconciliation of payment {PaymentId} failed", p.Id);
            }
        }
        return (paid, expired, failed);
    }
}
