using Microsoft.AspNetCore.Http;

namespace Eboi.Payments;

/// <summary>The one door other modules use to collect money online through the tenant's gateway.</summary>
public interface IOnlinePayments
{
    /// <summary>
    /// Creates the payment (idempotent by payer and <see cref="PaymentOrder.IdempotencyKey"/>), registers it with the
    /// gateway and returns the gateway's URL. Commission from the tenant's fee table is added on top of the lines.
    /// </summary>
    Task<PaymentStart> StartAsync(PaymentOrder order, CancellationToken cancellationToken);

    /// <summary>Item references of the payer's payments still in flight (utworzona, rozpoczęta), so the owner can show "płatność w toku".</summary>
    Task<IReadOnlySet<string>> ItemsInFlightAsync(string source, Guid payerUserId, CancellationToken cancellationToken);

    /// <summary>
    /// Lets the forms of the page being answered hand the citizen over to the tenant's gateway: a browser checks the
    /// redirect that follows a form post against the page's CSP form-action, which otherwise allows only this site.
    /// </summary>
    Task AllowGatewayRedirectAsync(HttpResponse page, CancellationToken cancellationToken);
}
