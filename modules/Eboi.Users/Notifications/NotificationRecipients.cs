using Eboi.Core.Data;
using Eboi.Core.Notifications;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Users.Notifications;

/// <summary>
/// <see cref="INotificationRecipients"/> over the tenant's accounts: the choice saved in /konto/powiadomienia (e-mail on,
/// SMS off until chosen), SMS only while the office allows it and a phone is set. A blocked account gets nothing.
/// </summary>
internal sealed class NotificationRecipients(EboiDbContext db, ILookupNormalizer normalizer) : INotificationRecipients
{
    public async Task<NotificationChannels?> ChannelsAsync(string email, string category, CancellationToken ct)
    {
        var normalized = normalizer.NormalizeEmail(email.Trim());
        var user = await db.Set<EboiUser>().AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        if (user is null) return null;
        if (user.BlockedAt is not null) return new(false, false, null);
        var choice = user.Notifications.For(category);
        var smsPossible = user.SmsAllowed && !string.IsNullOrWhiteSpace(user.PhoneNumber);
        return new(choice.Email, choice.Sms && smsPossible, smsPossible ? user.PhoneNumber : null);
    }
}
