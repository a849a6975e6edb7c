namespace Eboi.Payments.Domain;

/// <summary>Formats payment references: "P/2026/000123".</summary>
internal static class PaymentReference
{
    public static string Format(int year, int number) => $"P/{year}/{number:D6}";
}
