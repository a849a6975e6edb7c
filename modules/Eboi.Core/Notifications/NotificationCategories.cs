namespace Eboi.Core.Notifications;

/// <summary>
/// The kinds of notification a citizen turns on or off per channel in /konto/powiadomienia (seeds 000/001). Stored
/// names: never rename. Workflows name one when they notify a person, so the person's choice is honoured.
/// </summary>
public static class NotificationCategories
{
    public const string Cases = "sprawy";
    public const string Payments = "platnosci";
    public const string FaultReports = "usterki";
    public const string Announcements = "komunikaty";

    public static readonly IReadOnlyList<(string Key, string Label)> All =
    [
        (Cases, "Sprawy i korespondencja (zmiana stanu sprawy, nowe pismo)"),
        (Payments, "Płatności (terminy rat, potwierdzenia wpłat)"),
        (FaultReports, "Zgłoszenia usterek (zmiana statusu)"),
        (Announcements, "Komunikaty urzędu"),
    ];
}
