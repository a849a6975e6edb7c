using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Email;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Users.Profile;

/// <summary>
/// /konto/usun: delete the portal account (RODO art. 17) after confirmation with the password. Records the office
/// keeps by law (tax, cases) are not in the account and stay with the office.
/// </summary>
[Authorize]
internal sealed class DeleteAccountPageModel(UserManager<EboiUser> users, SignInManager<EboiUser> signIn, IEmailOutbox outbox, AuditLog audit, EboiDbContext db,
    PasswordConfirmation passwords) : PageModel
{
    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public bool Confirm { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (!passwords.TryAcquire(HttpContext)) return StatusCode(StatusCodes.Status429TooManyRequests);
        ModelState.Clear();
        if (!Confirm) ModelState.AddModelError(nameof(Confirm), "Potwierdź, że chcesz trwale usunąć konto.");
        if (!await passwords.CheckAsync(user, CurrentPassword))
            ModelState.AddModelError(nameof(CurrentPassword), "Wpisz obecne hasło.");
        if (!ModelState.IsValid) return Page();

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await outbox.EnqueueAsync(new OutgoingEmail(AccountEmails.AccountDeleted, user.Email!, new Dictionary<string, string> { ["imie"] = user.DisplayName }), ct);
        audit.Add(UsersAuditEvents.AccountDeleted, user.Email!);
        var deleted = await users.DeleteAsync(user);
        if (!deleted.Succeeded)
        {
            foreach (var e in deleted.Errors) ModelState.AddModelError("", e.Description);
            return Page();
        }
        await tx.CommitAsync(ct);
        await signIn.SignOutAsync();
        return Redirect($"{Request.PathBase}/?konto-usuniete=1");
    }
}
