using Eboi.Core.Data;
using Eboi.Core.Events;
using Eboi.Payments.Domain;
using Eboi.Payments.Gateway;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Payments.Completion;

/// <summary>
/// The one success path, shared by the notification endpoint and reconciliation: with the payment row locked it
/// checks amount and currency, asks the gateway to verify, moves the payment to "opłacona" with its paid time and
/// order id and publishes <see cref="PaymentSucceeded"/>, all staged in the caller's transaction so they commit together.
/// A paid payment answers "duplicate" and a finished unpaid one "late": nothing changes twice.
/// </summary>
internal sealed class PaymentCompletion(EboiDbContext db, Przelewy24Client gateway, IDomainEventPublisher events, TimeProvider clock)
{
    /// <summary>Must run inside a transaction (ForTenantAsync); the caller commits.</summary>
    public async Task<CompletionResult> CompleteAsync(Guid paymentId, GatewaySettings settings, GatewayPaid paid, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("Complete a payment inside a transaction.");
        var payment = await db.LockPaymentAsync(paymentId, ct);
        if (payment is null) return new(NotificationVerdict.UnknownPayment, $"Brak płatności o identyfikatorze {paymentId}.", null);
        if (payment.State == PaymentState.Paid)
            return new(NotificationVerdict.Duplicate, payment.GatewayOrderId == paid.OrderId ? null : $"Opłacona już zamówieniem {payment.GatewayOrderId}.", payment.Id);
        if (PaymentState.IsTerminal(payment.State))
            return new(NotificationVerdict.Late, $"Płatność jest już „{PaymentState.Label(payment.State)}”; bez weryfikacji bramka zwróci środki.", payment.Id);
        if (paid.Amount != payment.TotalGrosze || paid.Currency != payment.Currency)
            return new(NotificationVerdict.WrongAmount, $"Bramka: {paid.Amount} {paid.Currency}, płatność: {payment.TotalGrosze} {payment.Currency}.", payment.Id);
        if (!paid.Verified && !await gateway.VerifyAsync(settings, SessionId(payment.Id), paid.Amount, paid.Currency, paid.OrderId, ct))
            return new(NotificationVerdict.VerifyFailed, "Bramka nie potwierdziła transakcji.", payment.Id);

        var now = clock.GetUtcNow();
        if (!payment.TryMove(PaymentState.Paid, now)) throw new InvalidOperationException($"{payment.State} cannot become paid.");
        payment.GatewayOrderId = paid.OrderId;
        var lines = await db.Set<PaymentLineRow>().AsNoTracking().Where(l => l.PaymentId == payment.Id).OrderBy(l => l.Position)
            .Select(l => new PaymentLine(l.ItemRef, l.Title, l.Amount)).ToListAsync(ct);
        events.Publish(new PaymentSucceeded(payment.Id, payment.Reference, payment.Source, payment.PayerUserId, payment.PayerEmail, lines,
            payment.Amount, payment.Commission, now));
        return new(NotificationVerdict.Accepted, null, payment.Id);
    }

    /// <summary>The gateway's sessionId of a payment: its id.</summary>
    public static string SessionId(Guid paymentId) => paymentId.ToString("N");
}
