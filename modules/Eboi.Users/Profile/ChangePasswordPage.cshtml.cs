using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Core.Text;
using Eboi.Email;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Users.Profile;

/// <summary>/konto/haslo: change the password (current one required); the owner is told by e-mail.</summary>
[Authorize]
internal sealed class ChangePasswordPageModel(UserManager<EboiUser> users, SignInManager<EboiUser> signIn, IEmailOutbox outbox, EboiDbContext db, AuditLog audit, TimeProvider clock,
    PasswordConfirmation passwords) : PageModel
{
    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }

    public bool Done { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (!passwords.TryAcquire(HttpContext)) return StatusCode(StatusCodes.Status429TooManyRequests);
        ModelState.Clear();
        if (string.IsNullOrEmpty(CurrentPassword)) ModelState.AddModelError(nameof(CurrentPassword), "Wpisz obecne hasło.");
        foreach (var message in PasswordPolicy.Check(NewPassword, user.Email)) ModelState.AddModelError(nameof(NewPassword), message);
        if (NewPassword != ConfirmPassword) ModelState.AddModelError(nameof(ConfirmPassword), "Hasła nie są takie same.");
        if (!ModelState.IsValid) return Page();
        // Checked here (not only inside ChangePasswordAsync) so a wrong password counts towards the lockout.
        if (!await passwords.CheckAsync(user, CurrentPassword))
        {
            ModelState.AddModelError(nameof(CurrentPassword), "Obecne hasło jest nieprawidłowe.");
            return Page();
        }

        // The new password, its audit entry and the "password changed" e-mail commit together or not at all.
        var result = await db.ForTenantAsync(db.TenantId, async c =>
        {
            var changed = await users.ChangePasswordAsync(user, CurrentPassword!, NewPassword!);
            if (!changed.Succeeded) return changed;
            await outbox.EnqueueAsync(new OutgoingEmail(AccountEmails.PasswordChanged, user.Email!, new Dictionary<string, string>
            {
                ["imie"] = user.DisplayName,
                ["czas"] = PolishTime.Format(clock.GetUtcNow()),
            }), c);
            audit.Add(UsersAuditEvents.PasswordChanged, user.Email!);
            return changed;
        }, r => r.Succeeded, ct);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
                ModelState.AddModelError(e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(CurrentPassword) : nameof(NewPassword),
                    e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Obecne hasło jest nieprawidłowe." : e.Description);
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        Done = true;
        return Page();
    }
}
