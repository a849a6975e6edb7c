using Eboi.Payments.Domain;

namespace Eboi.Payments.Display;

/// <summary>Polish wording of the notification journal's verdicts for the staff page; an unknown verdict shows as stored.</summary>
internal static class VerdictLabels
{
    private static readonly Dictionary<string, string> Labels = new()
    {
        [NotificationVerdict.Received] = "odebrane, nieprzetworzone (bramka ponowi)",
        [NotificationVerdict.Accepted] = "przyjęte",
        [NotificationVerdict.Duplicate] = "powtórzone (bez zmian)",
        [NotificationVerdict.Forged] = "odrzucone: fałszywy podpis",
        [NotificationVerdict.WrongAmount] = "odrzucone: niezgodna kwota",
        [NotificationVerdict.UnknownPayment] = "odrzucone: nieznana płatność",
        [NotificationVerdict.VerifyFailed] = "odrzucone: weryfikacja nieudana",
        [NotificationVerdict.Late] = "spóźnione: płatność już wygasła lub anulowana, bramka zwróci pieniądze",
    };

    public static string Of(string verdict) => Labels.TryGetValue(verdict, out var label) ? label : verdict;
}
