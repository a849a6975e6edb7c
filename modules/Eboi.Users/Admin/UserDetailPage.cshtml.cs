using Eboi.Core.Data;
using Eboi.Core.Security;
using Eboi.Core.Web;
using Eboi.Users.Domain;
using Eboi.Users.Invitation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Users.Admin;

/// <summary>/admin/uzytkownicy/{id}: one account: block, unblock, roles, verification (approve / reject / revoke with reason), SMS, a new invitation.</summary>
[RequirePermission(UsersPermissions.Manage)]
internal sealed class UserDetailPageModel(UserAdministration admin, InvitationService invitations, EboiDbContext db, TimeProvider clock) : PageModel
{
    public EboiUser Account { get; private set; } = null!;
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public IReadOnlyList<string> AllRoles { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }

    [BindProperty] public List<string> SelectedRoles { get; set; } = [];
    [BindProperty] public string? RejectReason { get; set; }
    [BindProperty] public string? RevokeReason { get; set; }
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostLockAsync(Guid id) => ActAsync(id, u => admin.LockAsync(u), "Konto zostało zablokowane.");

    public Task<IActionResult> OnPostUnlockAsync(Guid id) => ActAsync(id, u => admin.UnlockAsync(u), "Konto zostało odblokowane.");

    public Task<IActionResult> OnPostRolesAsync(Guid id) => ActAsync(id, u => admin.SetRolesAsync(u, SelectedRoles), "Role zostały zapisane.");

    public Task<IActionResult> OnPostSmsAsync(Guid id, bool allowed) =>
        ActAsync(id, u => admin.SetSmsAllowedAsync(u, allowed), allowed ? "Powiadomienia SMS zostały udostępnione." : "Powiadomienia SMS zostały wyłączone.");

    public async Task<IActionResult> OnPostReinviteAsync(Guid id)
    {
        if (await admin.FindAsync(id) is { } user && !InvitationService.IsPending(user))
        {
            Message = "Konto ma już ustawione hasło; zaproszenie nie jest potrzebne.";
            return RedirectToPage(new { id });
        }
        return await ActAsync(id, u => invitations.ResendAsync(u), "Wysłano nowe zaproszenie; poprzednie linki przestały działać.");
    }

    public Task<IActionResult> OnPostVerifyAsync(Guid id) => ActAsync(id, u => admin.VerifyAsync(u), "Konto zostało zweryfikowane; interesant dostanie wiadomość e-mail.");

    public Task<IActionResult> OnPostRevokeVerificationAsync(Guid id) =>
        ActWithReasonAsync(id, RevokeReason, nameof(RevokeReason), "Podaj powód cofnięcia weryfikacji.",
            (u, reason) => admin.RevokeVerificationAsync(u, reason), "Weryfikacja została cofnięta; sesje interesanta zakończą się w ciągu minuty.");

    public Task<IActionResult> OnPostRejectAsync(Guid id) =>
        ActWithReasonAsync(id, RejectReason, nameof(RejectReason), "Podaj powód odrzucenia – interesant go zobaczy.",
            (u, reason) => admin.RejectAsync(u, reason), "Wniosek o weryfikację został odrzucony; interesant dostanie wiadomość z powodem.");

    // An action that needs a reason: without one, the page again with the error next to the field.
    private async Task<IActionResult> ActWithReasonAsync(Guid id, string? reason, string field, string missing, Func<EboiUser, string, Task> action, string message)
    {
        if (!string.IsNullOrWhiteSpace(reason)) return await ActAsync(id, u => action(u, reason.Trim()), message);
        if (!await LoadAsync(id)) return NotFound();
        ModelState.AddModelError(field, missing);
        return Page();
    }

    private async Task<IActionResult> ActAsync(Guid id, Func<EboiUser, Task> action, string message)
    {
        if (await admin.FindAsync(id) is not { } user) return NotFound();
        await using var tx = await db.Database.BeginTransactionAsync();
        await action(user);
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        Message = message;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await admin.FindAsync(id) is not { } user) return false;
        Account = user;
        Roles = await admin.RolesOfAsync(user);
        AllRoles = await admin.AllRolesAsync();
        Now = clock.GetUtcNow();
        return true;
    }
}
