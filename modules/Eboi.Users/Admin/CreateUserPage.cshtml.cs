using Eboi.Core.Security;
using Eboi.Core.Web;
using Eboi.Users.Domain;
using Eboi.Users.Invitation;
using Eboi.Users.Registration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Users.Admin;

/// <summary>/admin/uzytkownicy/nowy: an office employee creates an account for a citizen, who gets an invitation e-mail.</summary>
[RequirePermission(UsersPermissions.Manage)]
internal sealed class CreateUserPageModel(InvitationService invitations) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "typ")] public string? Type { get; set; }
    [BindProperty] public RegistrationForm Form { get; set; } = new();
    [BindProperty] public bool IdentityChecked { get; set; }

    public ApplicantKind Kind => Type == "firma" ? ApplicantKind.Company : ApplicantKind.Person;

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Form.Kind = Kind;
        ModelState.Clear();
        foreach (var (field, message) in RegistrationValidator.ValidateIdentity(Form)) ModelState.AddModelError($"{nameof(Form)}.{field}", message);
        if (!ModelState.IsValid) return Page();
        var (id, errors) = await invitations.InviteAsync(Form, IdentityChecked, ct);
        foreach (var (field, message) in errors) ModelState.AddModelError($"{nameof(Form)}.{field}", message);
        if (!ModelState.IsValid) return Page();
        TempData["Message"] = "Konto zostało założone; interesant dostanie e-mail z linkiem do ustawienia hasła (ważnym 48 godzin).";
        return Redirect($"{Request.PathBase}{UserAdminPaths.UserOf(id!.Value)}");
    }
}
