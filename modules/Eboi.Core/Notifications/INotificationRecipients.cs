namespace Eboi.Core.Notifications;

/// <summary>How a person wants one category of notification: by e-mail, by SMS (to this phone), both or neither.</summary>
public sealed record NotificationChannels(bool Email, bool Sms, string? Phone);

/// <summary>The current tenant's citizens' notification choices (implemented by Users).</summary>
public interface INotificationRecipients
{
    /// <summary>
    /// The channels the account with this e-mail chose for <paramref name="category"/>; SMS only where the office allowed
    /// it and a phone is set. Null when no account has the address (an anonymous reporter): the caller decides.
    /// </summary>
    Task<NotificationChannels?> ChannelsAsync(string email, string category, CancellationToken ct);
}
