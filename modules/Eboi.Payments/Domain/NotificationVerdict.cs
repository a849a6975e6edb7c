namespace Eboi.Payments.Domain;

/// <summary>What the notification handler decided about one gateway notification (stored in the journal).</summary>
internal static class NotificationVerdict
{
    public const string Accepted = "przyjete";
    public const string Duplicate = "duplikat";
    public const string OutOfOrder = "poza-kolejnoscia";
    public const string Forged = "falszywy-podpis";
    public const string WrongAmount = "zla-kwota";
    public const string UnknownPayment = "nieznana-platnosc";
    public const string VerifyFailed = "weryfikacja-nieudana";

    public static readonly IReadOnlyList<string> All = [Accepted, Duplicate, OutOfOrder, Forged, WrongAmount, UnknownPayment, VerifyFailed];

    /// <summary>Rejected verdicts answer HTTP 400 to the gateway.</summary>
    public static bool IsRejected(string verdict) => verdict is Forged or WrongAmount or UnknownPayment or VerifyFailed;
}
