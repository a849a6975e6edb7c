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

    /// <summary>
    /// The payments in flight (rozpoczęta, or utworzona and already registered with the gateway) for any of
    /// <paramref name="itemRefs"/>, whoever pays them: co-obligors share a card, and one instalment is paid once.
    /// </summary>
    Task<IReadOnlyList<PaymentInFlight>> InFlightAsync(string source, IReadOnlyCollection<string> itemRefs, CancellationToken cancellationToken);

    /// <summary>
    /// Whether this tenant takes payments online; when it does, lets the forms of the page being answered hand the
    /// citizen over to its gateway (a browser checks the redirect after a form post against the CSP form-action).
    /// </summary>
    Task<bool> OfferOnlineAsync(HttpResponse page, CancellationToken cancellationToken);
}
