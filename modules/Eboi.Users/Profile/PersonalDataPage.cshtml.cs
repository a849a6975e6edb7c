using Eboi.Core.Audit;
using Eboi.Users.Domain;
using Eboi.Users.Registration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Users.Profile;

/// <summary>
/// /konto/dane: change personal data (seed 001: the consent and the current password are required). PESEL, NIP and
/// REGON are changed by the office only: they link the account to the citizen's records.
/// </summary>
[Authorize]
internal sealed class PersonalDataPageModel(UserManager<EboiUser> users, SignInManager<EboiUser> signIn, AuditLog audit, TimeProvider clock,
    PasswordConfirmation passwords) : PageModel
{
    public EboiUser Account { get; private set; } = null!;
    public bool Saved { get; private set; }

    /// <summary>This save changed the verified name, so the account waits for the office again.</summary>
    public bool VerificationReset { get; private set; }

    [BindProperty] public RegistrationForm Form { get; set; } = new();
    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public bool Consent { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        Account = user;
        Form = new RegistrationForm
        {
            Kind = user.Kind, Email = user.Email, FirstName = user.FirstName, LastName = user.LastName, Phone = user.PhoneNumber,
            CompanyName = user.CompanyName, RepresentativeName = user.RepresentativeName, Pesel = user.Pesel, Nip = user.Nip, Regon = user.Regon,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (!passwords.TryAcquire(HttpContext)) return StatusCode(StatusCodes.Status429TooManyRequests);
        Account = user;
        // Identity numbers and the e-mail are not editable here: validate the rest with the registration rules.
        Form.Kind = user.Kind;
        Form.Email = user.Email;
        Form.Pesel = user.Pesel;
        Form.Nip = user.Nip;
        Form.Regon = user.Regon;
        ModelState.Clear();
        string[] readOnly = [nameof(RegistrationForm.Email), nameof(RegistrationForm.Pesel), nameof(RegistrationForm.Nip), nameof(RegistrationForm.Regon)];
        foreach (var (field, message) in RegistrationValidator.ValidateIdentity(Form).Where(e => !readOnly.Contains(e.Field)))
            ModelState.AddModelError($"{nameof(Form)}.{field}", message);
        if (!Consent) ModelState.AddModelError(nameof(Consent), "Zgoda na przetwarzanie danych jest potrzebna, aby zapisać zmiany.");
        if (string.IsNullOrEmpty(CurrentPassword)) ModelState.AddModelError(nameof(CurrentPassword), "Wpisz obecne hasło, aby potwierdzić zmiany.");
        else if (!await passwords.CheckAsync(user, CurrentPassword)) ModelState.AddModelError(nameof(CurrentPassword), "Obecne hasło jest nieprawidłowe.");
        if (!ModelState.IsValid) return Page();

        var oldName = VerifiedName(user);
        if (user.Kind == ApplicantKind.Person)
        {
            user.FirstName = Form.FirstName!.Trim();
            user.LastName = Form.LastName!.Trim();
        }
        else
        {
            user.CompanyName = Form.CompanyName!.Trim();
            user.RepresentativeName = Form.RepresentativeName!.Trim();
        }
        user.PhoneNumber = string.IsNullOrWhiteSpace(Form.Phone) ? null : Form.Phone.Trim();
        user.DataConsentAt = clock.GetUtcNow();
        audit.Add(UsersAuditEvents.PersonalDataChanged, user.Email!);
        // Staff verified the person under the old name: a new name must be verified again before it is trusted.
        if (user.Verification == VerificationStatus.Verified && VerifiedName(user) != oldName)
        {
            user.Verification = VerificationStatus.Pending;
            user.VerifiedAt = null;
            user.VerificationRequestedAt = clock.GetUtcNow();
            user.VerificationNote = $"Zmiana danych: „{oldName}” → „{VerifiedName(user)}”";
            audit.Add(UsersAuditEvents.VerificationReset, user.Email!, user.VerificationNote);
            VerificationReset = true;
        }
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        Saved = true;
        return Page();
    }

    /// <summary>The name staff verify: first and last name of a person, the name of a company.</summary>
    private static string VerifiedName(EboiUser user) =>
        user.Kind == ApplicantKind.Person ? $"{user.FirstName?.Trim()} {user.LastName?.Trim()}" : user.CompanyName?.Trim() ?? "";
}
