using System.Text.Json;
using Eboi.Core.Data;
using Eboi.Payments.Completion;
using Eboi.Payments.Domain;
using Eboi.Payments.Gateway;
using Microsoft.Extensions.Logging;

namespace Eboi.Payments.Notifications;

/// <summary>
/// Handles one gateway notification: journals it raw first (committed on its own, so nothing received is ever lost),
/// checks the sign with the tenant's CRC key and the merchant, then runs <see cref="PaymentCompletion"/> in one
/// transaction that also writes the journal's verdict.
/// </summary>
internal sealed class NotificationReceiver(EboiDbContext db, TenantGatewaySettings gatewaySettings, PaymentCompletion completion, TimeProvider clock,
    ILogger<NotificationReceiver> log)
{
    public const int RawBodyMax = 16_384;

    public async Task<CompletionResult> ReceiveAsync(string rawBody, CancellationToken cancellationToken)
    {
        var tenantId = db.TenantId ?? throw new InvalidOperationException("Notifications arrive for a tenant.");
        var notification = Parse(rawBody);
        var journal = new PaymentNotification
        {
            Id = Guid.CreateVersion7(), TenantId = tenantId, SessionId = Cut(notification?.SessionId ?? "", 100), RawBody = Cut(rawBody, RawBodyMax),
            Verdict = NotificationVerdict.Received, ReceivedAt = clock.GetUtcNow(),
        };
        await db.ForTenantAsync(tenantId, _ => { db.Add(journal); return Task.CompletedTask; }, cancellationToken);

        var settings = await gatewaySettings.LoadAsync(cancellationToken);
        var result = Check(notification, settings);
        if (result is null)
        {
            var n = notification!;
            result = await db.ForTenantAsync(tenantId, async ct =>
            {
                var completed = Guid.TryParseExact(n.SessionId, "N", out var id)
                    ? await completion.CompleteAsync(id, settings!, new GatewayPaid(n.OrderId, n.Amount, n.Currency, Verified: false), ct)
                    : new CompletionResult(NotificationVerdict.UnknownPayment, "sessionId nie jest identyfikatorem płatności.", null);
                Record(journal, completed);
                return completed;
            }, cancellationToken);
        }
        else
            await db.ForTenantAsync(tenantId, _ => { Record(journal, result); return Task.CompletedTask; }, cancellationToken);

        if (NotificationVerdict.IsRejected(result.Verdict))
            log.LogWarning("Payment notification rejected ({Verdict}): {Detail}; journal {JournalId}", result.Verdict, result.Detail, journal.Id);
        return result;
    }

    // Sign and merchant: the checks that need no payment row.
    private static CompletionResult? Check(P24Notification? n, GatewaySettings? s)
    {
        if (s is null) return new(NotificationVerdict.UnknownPayment, "Urząd nie ma ustawień bramki.", null);
        if (n is null) return new(NotificationVerdict.Forged, "Treść nie jest powiadomieniem Przelewy24.", null);
        var expected = Przelewy24Sign.Notification(n.MerchantId, n.PosId, n.SessionId, n.Amount, n.OriginAmount, n.Currency, n.OrderId, n.MethodId,
            n.Statement, s.Keys.CrcKey);
        if (!Przelewy24Sign.Matches(expected, n.Sign)) return new(NotificationVerdict.Forged, "Podpis (sign) się nie zgadza.", null);
        if (n.MerchantId != s.MerchantId || n.PosId != s.PosId) return new(NotificationVerdict.Forged, $"Obcy sprzedawca {n.MerchantId}/{n.PosId}.", null);
        return null;
    }

    private static void Record(PaymentNotification journal, CompletionResult result)
    {
        journal.Verdict = result.Verdict;
        journal.Detail = result.Detail;
        journal.PaymentId = result.PaymentId;
    }

    private static P24Notification? Parse(string raw)
    {
        try
        {
            var n = JsonSerializer.Deserialize<P24Notification>(raw, Przelewy24Client.Json);
            return n is { SessionId: not null, Currency: not null, Sign: not null, Statement: not null } ? n : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
