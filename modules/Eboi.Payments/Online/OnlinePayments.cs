using Eboi.Core;
using Eboi.Core.Data;
using Eboi.Core.Tenancy;
using Eboi.Core.Text;
using Eboi.Core.Web;
using Eboi.Payments.Completion;
using Eboi.Payments.Domain;
using Eboi.Payments.Fees;
using Eboi.Payments.Gateway;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Eboi.Payments.Online;

/// <summary>
/// <see cref="IOnlinePayments"/> over Przelewy24: creates the payment once per (payer, idempotency key), numbers it,
/// adds the commission, registers it with the tenant's gateway and moves it to "rozpoczęta". A gateway failure leaves
/// it "utworzona" (the same key retries) and throws <see cref="PaymentUnavailableException"/>; a gateway that refuses
/// the transaction (HTTP 400) makes it "odrzucona" and sends the citizen to the return page, which says so.
/// </summary>
internal sealed class OnlinePayments(
    EboiDbContext db,
    ICurrentTenant current,
    TenantGatewaySettings gatewaySettings,
    Przelewy24Client gateway,
    TimeProvider clock,
    IOptions<EboiOptions> eboi,
    IHttpContextAccessor http,
    ILogger<OnlinePayments> log) : IOnlinePayments
{
    public const string Unavailable = "Bramka płatności nie odpowiada. Spróbuj ponownie za kilka minut albo zapłać przelewem z formularza.";
    public const string NotConfigured = "Płatności online nie są jeszcze dostępne w tym urzędzie. Zapłać przelewem z formularza.";

    public async Task<PaymentStart> StartAsync(PaymentOrder order, CancellationToken cancellationToken)
    {
        PaymentOrderRules.Check(order);
        var tenant = current.Tenant ?? throw new InvalidOperationException("Online payments are made for a tenant.");
        var settings = await gatewaySettings.LoadAsync(cancellationToken) ?? throw new PaymentUnavailableException(NotConfigured);
        var payment = await FindAsync(order, cancellationToken) ?? await CreateAsync(order, tenant, settings, cancellationToken);

        if (payment.State == PaymentState.Started && payment.GatewayToken is { } started)
            return new(payment.Id, payment.Reference, new Uri(settings.BaseUrl, Przelewy24Client.PayPath + Uri.EscapeDataString(started)));
        if (payment.State != PaymentState.Created)
            return new(payment.Id, payment.Reference, ReturnUrl(tenant, PaymentsPaths.Return(payment.Id)));

        string token;
        Uri redirect;
        try
        {
            (token, redirect) = await gateway.RegisterAsync(settings, PaymentCompletion.SessionId(payment.Id), payment.TotalGrosze, payment.Currency,
                GatewayDescription(payment), payment.PayerEmail, ReturnUrl(tenant, PaymentsPaths.Return(payment.Id)), TenantUrl(tenant, PaymentsPaths.Notification),
                cancellationToken);
        }
        catch (GatewayException e) when (e.Refused)
        {
            // The gateway will not take this payment (its data, e.g. an amount over the limit): final, the citizen is told.
            log.LogWarning(e, "Gateway refused payment {Reference}", payment.Reference);
            await db.ForTenantAsync(tenant.Id, async ct =>
            {
                if (await db.LockPaymentAsync(payment.Id, ct) is { } row) row.TryMove(PaymentState.Rejected, clock.GetUtcNow());
            }, cancellationToken);
            return new(payment.Id, payment.Reference, ReturnUrl(tenant, PaymentsPaths.Return(payment.Id)));
        }
        catch (Exception e) when (GatewayException.IsGatewayFailure(e, cancellationToken))
        {
            log.LogWarning(e, "Gateway register failed for payment {Reference}", payment.Reference);
            throw new PaymentUnavailableException(Unavailable, e);
        }

        await db.ForTenantAsync(tenant.Id, async ct =>
        {
            // A notification may have paid it in between: the transition table then refuses, and the token is still kept.
            var row = await db.LockPaymentAsync(payment.Id, ct) ?? throw new InvalidOperationException("The payment vanished.");
            row.GatewayToken ??= token;
            row.TryMove(PaymentState.Started, clock.GetUtcNow());
        }, cancellationToken);
        return new(payment.Id, payment.Reference, redirect);
    }

    public async Task<IReadOnlySet<string>> ItemsInFlightAsync(string source, Guid payerUserId, CancellationToken cancellationToken)
    {
        var refs = await (
            from p in db.Set<Payment>()
            join l in db.Set<PaymentLineRow>() on p.Id equals l.PaymentId
            where p.Source == source && p.PayerUserId == payerUserId && (p.State == PaymentState.Created || p.State == PaymentState.Started)
            select l.ItemRef).Distinct().ToListAsync(cancellationToken);
        return refs.ToHashSet(StringComparer.Ordinal);
    }

    public async Task AllowGatewayRedirectAsync(HttpResponse page, CancellationToken cancellationToken)
    {
        if (await gatewaySettings.LoadAsync(cancellationToken) is { } settings)
            ContentSecurityPolicy.Allow(page, ContentSecurityPolicy.FormAction, ContentSecurityPolicy.OriginOf(settings.BaseUrl));
    }

    private Task<Payment?> FindAsync(PaymentOrder order, CancellationToken ct) =>
        db.Set<Payment>().AsNoTracking().FirstOrDefaultAsync(p => p.PayerUserId == order.PayerUserId && p.IdempotencyKey == order.IdempotencyKey, ct);

    private async Task<Payment> CreateAsync(PaymentOrder order, TenantInfo tenant, GatewaySettings settings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var amount = order.Lines.Sum(l => l.Amount);
        var commission = FeeTable.Commission(settings.Fees, PaymentChannels.Online, amount);
        var year = PolishTime.ToWarsaw(now).Year;
        try
        {
            return await db.ForTenantAsync(tenant.Id, async ct =>
            {
                var number = (await db.Database.SqlQuery<int>(
                    $"INSERT INTO payment_counters (tenant_id, year, last) VALUES ({tenant.Id}, {year}, 1) ON CONFLICT (tenant_id, year) DO UPDATE SET last = payment_counters.last + 1 RETURNING last AS \"Value\"")
                    .ToListAsync(ct)).Single();
                var payment = new Payment
                {
                    Id = Guid.CreateVersion7(), TenantId = tenant.Id, Reference = PaymentReference.Format(year, number), Source = order.Source,
                    PayerUserId = order.PayerUserId, PayerEmail = order.PayerEmail, Description = Cut(order.Description.Trim(), 200),
                    Amount = amount, Commission = commission, Total = amount + commission, Currency = "PLN", State = PaymentState.Created,
                    IdempotencyKey = order.IdempotencyKey, ReturnPath = order.ReturnPath, CreatedAt = now,
                };
                db.Add(payment);
                for (var i = 0; i < order.Lines.Count; i++)
                {
                    var line = order.Lines[i];
                    db.Add(new PaymentLineRow { Id = Guid.CreateVersion7(), TenantId = tenant.Id, PaymentId = payment.Id, Position = i + 1, ItemRef = line.ItemRef, Title = line.Title, Amount = line.Amount });
                }
                return payment;
            }, cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ux_payments_tenant_payer_key" })
        {
            // A concurrent request with the same key (double click) created it first: that one is the payment.
            db.ChangeTracker.Clear();
            return await FindAsync(order, cancellationToken) ?? throw new InvalidOperationException("The payment of a duplicate key vanished.", e);
        }
        finally
        {
            // Later steps lock and reload the row; nothing tracked may shadow it.
            db.ChangeTracker.Clear();
        }
    }

    private static string GatewayDescription(Payment p) => Cut($"{p.Reference} {p.Description}", 1024);

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];

    // The citizen comes back to the address they paid from (their sign-in cookie lives there), e.g. /pulawy/ on the host's
    // own name as well as pulawy.localhost; without a request of this tenant (a background retry), the canonical address.
    private Uri ReturnUrl(TenantInfo tenant, string path) =>
        http.HttpContext is { } context && context.GetTenant()?.Id == tenant.Id
            ? new($"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{path}")
            : TenantUrl(tenant, path);

    private Uri TenantUrl(TenantInfo tenant, string path) => new(PortalAddress.Of(tenant, eboi.Value.PublicUrl).TrimEnd('/') + path);
}
