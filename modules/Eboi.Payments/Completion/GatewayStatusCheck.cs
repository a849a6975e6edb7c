using System.Text.Json;
using Eboi.Core.Data;
using Eboi.Payments.Domain;
using Eboi.Payments.Gateway;

namespace Eboi.Payments.Completion;

/// <summary>
/// Asks the gateway about one payment and, when it says paid, completes it through the same success path as a
/// notification, journaled like one. Used by reconciliation and before a citizen's cancel (they may have paid already).
/// </summary>
internal sealed class GatewayStatusCheck(EboiDbContext db, Przelewy24Client gateway, PaymentCompletion completion, TimeProvider clock)
{
    /// <summary>The completion's result when the gateway says paid; null when it knows no payment. Throws when it cannot be asked.</summary>
    public async Task<CompletionResult?> CompleteIfPaidAsync(Guid tenantId, Guid paymentId, GatewaySettings settings, string journalDetail, CancellationToken ct)
    {
        var found = await gateway.FindAsync(settings, PaymentCompletion.SessionId(paymentId), ct);
        if (found is not { IsPaid: true }) return null;
        return await db.ForTenantAsync(tenantId, async c =>
        {
            var result = await completion.CompleteAsync(paymentId, settings,
                new GatewayPaid(found.OrderId, found.Amount, found.Currency, found.Status == P24Transaction.Verified), c);
            // What the gateway answered goes to the notifications' journal, so a payment's history is in one place.
            db.Add(new PaymentNotification
            {
                Id = Guid.CreateVersion7(), TenantId = tenantId, PaymentId = result.PaymentId ?? paymentId, SessionId = found.SessionId,
                RawBody = JsonSerializer.Serialize(found, Przelewy24Client.Json), Verdict = result.Verdict,
                Detail = journalDetail + (result.Detail is { } d ? ": " + d : ""), ReceivedAt = clock.GetUtcNow(),
            });
            return result;
        }, ct);
    }
}
