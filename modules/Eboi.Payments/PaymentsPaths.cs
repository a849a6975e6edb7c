namespace Eboi.Payments;

/// <summary>Routes of the payments module (under the tenant's base path).</summary>
public static class PaymentsPaths
{
    /// <summary>The citizen's payments with their states.</summary>
    public const string History = "/platnosci/historia";

    /// <summary>Where the citizen lands back from the gateway: it tells the payment's true state.</summary>
    public const string ReturnTemplate = "/platnosci/powrot/{id:guid}";

    /// <summary>
    /// The gateway's urlStatus: it POSTs its signed JSON notification here. A minimal API, not a page, hence not a
    /// const (RoutePathsTests checks const routes against pages).
    /// </summary>
    public static readonly string Notification = "/platnosci/bramka/powiadomienie";

    public static string Return(Guid paymentId) => $"/platnosci/powrot/{paymentId:D}";
}
