namespace Eboi.Payments.Domain;

/// <summary>What the notification handler decided about one gateway notification (stored in the journal).</summary>
internal static class NotificationVerdict
{
    /// <summary>Journaled on arrival, before any decision: a row left so means the processing crashed (the gateway retries, reconciliation follows).</summary>
    public const string Received = "odebrane";
    public const string Accepted = "przyjete";
    public const string Duplicate = "duplikat";
    public const string Forged = "falszywy-podpis";
    public const string WrongAmount = "zla-kwota";
    public const string UnknownPayment = "nieznana-platnosc";
    public const string VerifyFailed = "weryfikacja-nieudana";

    /// <summary>Paid at the gateway after the payment expired or was cancelled: not verified, so the gateway returns the money.</summary>
    public const string Late = "spozniony";

    public static readonly IReadOnlyList<string> All = [Received, Accepted, Duplicate, Forged, WrongAmount, UnknownPayment, VerifyFailed, Late];

    /// <summary>Rejected verdicts answer HTTP 400 to the gateway.</summary>
    public static bool IsRejected(string verdict) => verdict is Forged or WrongAmount or UnknownPayment or VerifyFailed;
}
