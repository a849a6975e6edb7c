namespace Eboi.Payments;

/// <summary>Routes of the payments module (under the tenant's base path).</summary>
public static class PaymentsPaths
{
    /// <summary>The signed-in citizen's online payments, newest first (seeds: "Historia płatności").</summary>
    public const string History = "/platnosci/historia";

    public const string Admin = "/admin/platnosci";
    public const string AdminExport = "/admin/platnosci/eksport";
    public const string AdminDetailTemplate = "/admin/platnosci/{numer}";

    /// <summary>A payment's staff page; the reference "P/2026/000123" travels as "P-2026-000123".</summary>
    public static string AdminDetail(string reference) => $"{Admin}/{reference.Replace('/', '-')}";
}
