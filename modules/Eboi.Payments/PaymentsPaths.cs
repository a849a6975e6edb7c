namespace Eboi.Payments;

/// <summary>Routes of the payments module (under the tenant's base path).</summary>
public static class PaymentsPaths
{
    public const string History = "/platnosci/historia";
}
