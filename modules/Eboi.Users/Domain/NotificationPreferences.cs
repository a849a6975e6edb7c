namespace Eboi.Users.Domain;

/// <summary>Which notifications a user wants, per category and channel (seeds 000/001: e-mail; SMS once staff allow it).</summary>
internal sealed record NotificationPreferences
{
    public List<NotificationChoice> Choices { get; init; } = [];

    public NotificationChoice For(string category) => Choices.FirstOrDefault(c => c.Category == category) ?? new NotificationChoice(category, Email: true, Sms: false);
}

internal sealed record NotificationChoice(string Category, bool Email, bool Sms);
