namespace Eboi.Users.Domain;

/// <summary>Which notifications a user wants, per category and channel (seeds 000/001: e-mail; SMS once staff allow it).</summary>
internal sealed record NotificationPreferences
{
    public List<NotificationChoice> Choices { get; init; } = [];

    public NotificationChoice For(string category) => Choices.FirstOrDefault(c => c.Category == category) ?? new NotificationChoice(category, Email: true, Sms: false);
}

internal sealed record NotificationChoice(string Category, bool Email, bool Sms);

/// <summary>The notification categories and their Polish names.</summary>
internal static class NotificationCategories
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
