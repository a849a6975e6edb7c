using Eboi.Content;
using Eboi.Content.Regulamin;
using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Core.Events;
using Eboi.Core.Text;
using Eboi.Core.Validation;
using Eboi.Core.Web;
using Eboi.Email;
using Eboi.Users.Domain;
using Eboi.Users.Web;
using Microsoft.AspNetCore.Identity;

namespace Eboi.Users.Registration;

/// <summary>
/// Registers an applicant. Answers the same way whether or not the address already has an account (no
/// enumeration): a new address gets an activation link, an existing one an explanatory e-mail. The account and its
/// e-mail (outbox) are written in one transaction.
/// </summary>
internal sealed class RegistrationService(
    EboiDbContext db,
    UserManager<EboiUser> users,
    IPasswordHasher<EboiUser> hasher,
    IEmailOutbox outbox,
    RegulaminReader regulamin,
    AuditLog audit,
    IDomainEventPublisher events,
    PortalAddresses portals,
    TimeProvider clock)
{
    public static readonly TimeSpan ActivationValidity = TimeSpan.FromHours(48);

    /// <summary>Registers a validated form; returns Identity's errors when the account cannot be created (never "exists").</summary>
    public async Task<IReadOnlyList<(string Field, string Message)>> RegisterAsync(RegistrationForm form, CancellationToken ct = default)
    {
        var email = form.Email!.Trim();
        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            // Same work as a new account (a password hash) so timing does not tell the difference either.
            hasher.HashPassword(existing, form.Password!);
            var portalBase = await portals.CurrentAsync(ct);
            await outbox.EnqueueAsync(new OutgoingEmail(AccountEmails.AlreadyRegistered, email, new Dictionary<string, string>
            {
                ["link_logowania"] = portalBase.TrimEnd('/') + UserPaths.Login,
                ["link_reset"] = portalBase.TrimEnd('/') + UserPaths.ForgotPassword,
            }), ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return [];
        }

        var current = await regulamin.CurrentAsync(ct);
        var user = FromForm(form, now);
        user.RegulaminVersion = current?.Version;
        user.RegulaminAcceptedAt = now;
        user.DataConsentAt = now;
        var created = await users.CreateAsync(user, form.Password!);
        if (!created.Succeeded)
        {
            await tx.RollbackAsync(ct);
            return created.Errors.Select(e => (nameof(RegistrationForm.Password), e.Description)).ToList();
        }
        await EnqueueActivationAsync(user, ct);
        audit.Add(UsersAuditEvents.Registered, email, user.Kind == ApplicantKind.Person ? "osoba fizyczna" : "firma lub instytucja");
        events.Publish(new UserRegistered(user.Id, email, user.DisplayName, user.Kind == ApplicantKind.Company));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return [];
    }

    /// <summary>Adds the activation e-mail (link valid 48 h) to the outbox; the caller saves.</summary>
    public async Task EnqueueActivationAsync(EboiUser user, CancellationToken ct)
    {
        var portalBase = await portals.CurrentAsync(ct);
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        await outbox.EnqueueAsync(new OutgoingEmail(AccountEmails.Activation, user.Email!, new Dictionary<string, string>
        {
            ["imie"] = user.DisplayName,
            ["link"] = AccountLinks.WithToken(portalBase, UserPaths.Activate, user.Id, token),
            ["wazny_do"] = PolishTime.Format(clock.GetUtcNow() + ActivationValidity),
        }), ct);
    }

    /// <summary>A new account from the identity part of the form (registration, or staff creating an invited account).</summary>
    public static EboiUser FromForm(RegistrationForm form, DateTimeOffset now)
    {
        var email = form.Email!.Trim();
        var person = form.Kind == ApplicantKind.Person;
        return new EboiUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            Kind = form.Kind,
            FirstName = person ? form.FirstName?.Trim() : null,
            LastName = person ? form.LastName?.Trim() : null,
            Pesel = person ? form.Pesel?.Trim() : null,
            PhoneNumber = string.IsNullOrWhiteSpace(form.Phone) ? null : form.Phone.Trim(),
            CompanyName = person ? null : form.CompanyName?.Trim(),
            Nip = person ? null : PolishIds.NormalizeNip(form.Nip),
            Regon = person ? null : form.Regon?.Replace(" ", "").Replace("-", ""),
            RepresentativeName = person ? null : form.RepresentativeName?.Trim(),
            RegisteredAt = now,
            Verification = VerificationStatus.Unverified,
            LockoutEnabled = true,
        };
    }
}
