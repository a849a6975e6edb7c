using Eboi.Core.Notifications;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Users.Profile;

/// <summary>/konto/powiadomienia: notifications by category and channel; SMS only when staff allowed it and a phone is set.</summary>
[Authorize]
internal sealed class NotificationsPageModel(UserManager<EboiUser> users) : PageModel
{
    public EboiUser Account { get; private set; } = null!;
    public bool Saved { get; private set; }

    [BindProperty] public List<string> Email { get; set; } = [];
    [BindProperty] public List<string> Sms { get; set; } = [];

    public bool SmsPossible => Account.SmsAllowed && !string.IsNullOrEmpty(Account.PhoneNumber);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        Account = user;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        Account = user;
        ModelState.Clear();
        if (Sms.Count > 0 && !SmsPossible)
        {
            ModelState.AddModelError("", "Powiadomienia SMS są dostępne po udostępnieniu ich przez urząd i podaniu numeru telefonu.");
            return Page();
        }
        user.Notifications = new NotificationPreferences
        {
            Choices = NotificationCategories.All.Select(c => new NotificationChoice(c.Key, Email.Contains(c.Key), Sms.Contains(c.Key))).ToList(),
        };
        await users.UpdateAsync(user);
        Saved = true;
        return Page();
    }
}
