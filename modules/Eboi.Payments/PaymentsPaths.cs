namespace Eboi.Payments;

/// <summary>Routes of the payments module (under the tenant's base path).</summary>
public static class PaymentsPaths
{
    /// <summary>The citizen's payments with their states.</summary>
    public const string History = "/platnosci/historia";

    /// <summary>The tenant's commissions by way of paying ("Tabela opłat"), public.</summary>
    public const string FeeTable = "/platnosci/tabela-oplat";

    /// <summary>Where the citizen lands back from the gateway: it tells the payment's true state.</summary>
    public const string ReturnTemplate = "/platnosci/powrot/{id:guid}";

    /// <summary>
    /// The gateway's urlStatus: it POSTs its signed JSON notification here. A minimal API, not a page, hence not a
    /// const (RoutePathsTests checks const routes against pages).
    /// </summary>
    public static readonly string Notification = "/platnosci/bramka/powiadomienie";

    public static string Return(Guid paymentId) => $"/platnosci/powrot/{paymentId:D}";


    public const string Admin = "/admin/platnosci";
    public const string AdminExport = "/admin/platnosci/eksport";
    public const string AdminDetailTemplate = "/admin/platnosci/{numer}";

    /// <summary>A payment's staff page; the reference "P/2026/000123" travels as "P-2026-000123".</summary>
    public static string AdminDetail(string reference) => $"{Admin}/{reference.Replace('/', '-')}";
}
