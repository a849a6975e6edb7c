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
            return new(payment.Id, payment.Reference, GatewayUrl(settings, started));
        if (payment.State != PaymentState.Created)
            return new(payment.Id, payment.Reference, ReturnUrl(tenant, PaymentsPaths.Return(payment.Id)));

        string token;
        try
        {
            (token, _) = await gateway.RegisterAsync(settings, PaymentCompletion.SessionId(payment.Id), payment.TotalGrosze, payment.Currency,
                GatewayDescription(payment), payment.PayerEmail, ReturnUrl(tenant, PaymentsPaths.Return(payment.Id)), TenantUrl(tenant, PaymentsPaths.Notification),
                cancellationToken);
        }
        catch (GatewayException e) when (e.Refused)
        {
            // The gateway will not take this payment (its data, e.g. an amount over the limit): final, the citizen is told.
            // A concurrent request with the same key may have registered it meanwhile (the gateway refusing the repeat): that one stands.
            log.LogWarning(e, "Gateway refused payment {Reference}", payment.Reference);
            return await SettleStartAsync(payment, tenant, settings, row =>
            {
                if (row.GatewayToken is null) row.TryMove(PaymentState.Rejected, clock.GetUtcNow());
            }, cancellationToken);
        }
        catch (Exception e) when (GatewayException.IsGatewayFailure(e, cancellationToken))
        {
            log.LogWarning(e, "Gateway register failed for payment {Reference}", payment.Reference);
            throw new PaymentUnavailableException(Unavailable, e);
        }

        // A notification may have paid it in between, or the citizen cancelled it in another tab: the transition table
        // then refuses, and the citizen goes to the return page instead of paying something already settled.
        return await SettleStartAsync(payment, tenant, settings, row =>
        {
            row.GatewayToken ??= token;
            row.TryMove(PaymentState.Started, clock.GetUtcNow());
        }, cancellationToken);
    }

    // Applies the register's outcome to the locked row; the citizen goes to the gateway only while the payment is started.
    private async Task<PaymentStart> SettleStartAsync(Payment payment, TenantInfo tenant, GatewaySettings settings, Action<Payment> change, CancellationToken cancellationToken)
    {
        var (state, token) = await db.ForTenantAsync(tenant.Id, async ct =>
        {
            var row = await db.LockPaymentAsync(payment.Id, ct) ?? throw new InvalidOperationException("The payment vanished.");
            change(row);
            return (row.State, row.GatewayToken);
        }, cancellationToken);
        return state == PaymentState.Started && token is not null
            ? new(payment.Id, payment.Reference, GatewayUrl(settings, token))
            : new(payment.Id, payment.Reference, ReturnUrl(tenant, PaymentsPaths.Return(payment.Id)));
    }

    private static Uri GatewayUrl(GatewaySettings settings, string token) => new(settings.BaseUrl, Przelewy24Client.PayPath + Uri.EscapeDataString(token));

    public async Task<IReadOnlyList<PaymentInFlight>> InFlightAsync(string source, IReadOnlyCollection<string> itemRefs, CancellationToken cancellationToken)
    {
        if (itemRefs.Count == 0) return [];
        var refs = itemRefs.ToList();
        // "utworzona" without a token never reached the gateway (it failed there): nothing is being paid, the items are free.
        return await (
            from p in db.Set<Payment>()
            join l in db.Set<PaymentLineRow>() on p.Id equals l.PaymentId
            where p.Source == source && refs.Contains(l.ItemRef)
                  && (p.State == PaymentState.Started || (p.State == PaymentState.Created && p.GatewayToken != null))
            orderby p.CreatedAt
            select new PaymentInFlight(l.ItemRef, p.Id, p.PayerUserId)).ToListAsync(cancellationToken);
    }

    public async Task<bool> OfferOnlineAsync(HttpResponse page, CancellationToken cancellationToken)
    {
        if (await gatewaySettings.BaseUrlAsync(cancellationToken) is not { } gatewayUrl) return false;
        ContentSecurityPolicy.Allow(page, ContentSecurityPolicy.FormAction, ContentSecurityPolicy.OriginOf(gatewayUrl));
        return true;
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
