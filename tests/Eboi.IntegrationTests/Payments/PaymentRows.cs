using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Workflows;
using Eboi.Payments;
using Eboi.Payments.Domain;

namespace Eboi.IntegrationTests.Payments;

/// <summary>
/// Payments written straight into a tenant's tables (what the online engine leaves behind), so the pages can be tested
/// without a gateway. References are numbered from 900000 per test database to stay clear of real ones.
/// </summary>
internal static class PaymentRows
{
    private static int _next = 900_000;

    public sealed record Spec(Guid Payer, string PayerEmail, string Title, decimal Amount, string State = PaymentState.Paid, decimal Commission = 0m,
        DateTimeOffset? CreatedAt = null, string Source = "Taxes", IReadOnlyList<(string Title, decimal Amount)>? Lines = null, string? Reference = null);

    public static async Task<string> AddAsync(EboiAppFactory app, string gmina, Spec spec, params (string Verdict, string Detail, string RawBody)[] journal)
    {
        var tenant = await WorkflowsApp.TenantOf(app, gmina);
        var created = spec.CreatedAt ?? DateTimeOffset.UtcNow;
        var reference = spec.Reference ?? PaymentReference.Format(created.Year, Interlocked.Increment(ref _next));
        var payment = new Payment
        {
            Id = Guid.CreateVersion7(), TenantId = tenant, Reference = reference, Source = spec.Source, PayerUserId = spec.Payer, PayerEmail = spec.PayerEmail,
            Description = spec.Title, Amount = spec.Amount, Commission = spec.Commission, Total = spec.Amount + spec.Commission, State = spec.State,
            IdempotencyKey = Guid.NewGuid().ToString("N"), ReturnPath = "/platnosci", CreatedAt = created,
            StartedAt = spec.State == PaymentState.Created ? null : created.AddSeconds(5),
            FinishedAt = PaymentState.IsTerminal(spec.State) ? created.AddMinutes(2) : null,
        };
        var lines = spec.Lines ?? [(spec.Title, spec.Amount)];
        await WorkflowsApp.Query(app, gmina, async db =>
        {
            db.Add(payment);
            var position = 0;
            foreach (var (title, amount) in lines)
                db.Add(new PaymentLineRow { Id = Guid.CreateVersion7(), TenantId = tenant, PaymentId = payment.Id, Position = ++position, ItemRef = $"rata:{Guid.NewGuid():D}", Title = title, Amount = amount });
            // The journal has no EF relationship to the payment, so the payment is saved first.
            await db.SaveChangesAsync();
            var at = created.AddMinutes(1);
            foreach (var (verdict, detail, raw) in journal)
                db.Add(new PaymentNotification { Id = Guid.CreateVersion7(), TenantId = tenant, PaymentId = payment.Id, SessionId = reference, RawBody = raw, Verdict = verdict, Detail = detail, ReceivedAt = at = at.AddSeconds(10) });
            return await db.SaveChangesAsync();
        });
        return reference;
    }
}
