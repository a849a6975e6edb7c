using Eboi.Core.Data;
using Eboi.Core.Tenancy;
using Eboi.Payments.Completion;
using Eboi.Payments.Domain;
using Eboi.Payments.Gateway;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Eboi.Payments.Online;

/// <summary>
/// The payer gives up a payment still in flight (left the gateway, or the bank refused): "anulowana", and its items can
/// be paid again. The gateway is asked first: a payment it already took is completed, never cancelled. A notification
/// that comes after the cancel is journaled as late and not verified, so the gateway returns the money.
/// </summary>
internal sealed class PaymentCancellation(
    EboiDbContext db, ICurrentTenant current, TenantGatewaySettings gatewaySettings, GatewayStatusCheck check, TimeProvider clock,
    ILogger<PaymentCancellation> log)
{
    public const string CannotAsk = "Nie możemy teraz sprawdzić w bramce, czy bank nie pobrał już pieniędzy, więc płatność nie została anulowana. Spróbuj ponownie za kilka minut.";
    public const string JournalDetail = "Sprawdzenie w bramce przed anulowaniem";

    /// <summary>The payment's state after the attempt; null when the payer has no such payment. Throws <see cref="PaymentUnavailableException"/> when the gateway cannot be asked.</summary>
    public async Task<string?> CancelAsync(Guid paymentId, Guid payerUserId, CancellationToken cancellationToken)
    {
        var tenant = current.Tenant ?? throw new InvalidOperationException("Payments are cancelled for a tenant.");
        var payment = await db.Set<Payment>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == paymentId && p.PayerUserId == payerUserId, cancellationToken);
        if (payment is null || !PaymentState.IsInFlight(payment.State)) return payment?.State;

        // Even "utworzona" may have been registered (a crash or a race right after register): the gateway is asked in any case.
        if (await gatewaySettings.LoadAsync(cancellationToken) is { } settings)
        {
            try
            {
                if (await check.CompleteIfPaidAsync(tenant.Id, paymentId, settings, JournalDetail, cancellationToken) is not null)
                    return (await db.Set<Payment>().AsNoTracking().SingleAsync(p => p.Id == paymentId, cancellationToken)).State;
            }
            catch (Exception e) when (GatewayException.IsGatewayFailure(e, cancellationToken))
            {
                log.LogWarning(e, "Gateway not asked before cancelling payment {Reference}", payment.Reference);
                db.ChangeTracker.Clear();
                throw new PaymentUnavailableException(CannotAsk, e);
            }
        }

        return await db.ForTenantAsync(tenant.Id, async ct =>
        {
            var row = await db.LockPaymentAsync(paymentId, ct) ?? throw new InvalidOperationException("The payment vanished.");
            row.TryMove(PaymentState.Cancelled, clock.GetUtcNow());
            return row.State;
        }, cancellationToken);
    }
}
