using Eboi.Core;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Eboi.Users.Recipes;

/// <summary>
/// Demo citizen accounts (recipe "demo.citizens", <see cref="DemoCitizensStep"/>, only with --demo): verified persons
/// (PESEL) or companies (NIP), so tax cards imported for those numbers link to them. Passwords are generated and
/// written to {Eboi:DataPath}/demo-accounts.txt like the demo staff's; an existing e-mail is left alone.
/// </summary>
internal sealed class DemoCitizensSeeder(UserManager<EboiUser> users, IOptions<EboiOptions> options, TimeProvider clock)
{
    public sealed record DemoCitizen(string Email, string? FirstName, string? LastName, string? Pesel, string? CompanyName, string? Nip);

    public async Task<int> ApplyAsync(string tenantSlug, IReadOnlyList<DemoCitizen> citizens, string? regulaminVersion, CancellationToken ct)
    {
        var created = 0;
        foreach (var spec in citizens)
        {
            if (await users.FindByEmailAsync(spec.Email) is not null) continue;
            var password = DemoAccounts.NewPassword();
            var now = clock.GetUtcNow();
            var user = new EboiUser
            {
                Id = Guid.CreateVersion7(), UserName = spec.Email, Email = spec.Email, EmailConfirmed = true,
                Kind = spec.Nip is not null ? ApplicantKind.Company : ApplicantKind.Person,
                FirstName = spec.FirstName, LastName = spec.LastName, Pesel = spec.Pesel, CompanyName = spec.CompanyName, Nip = spec.Nip,
                RegisteredAt = now, LockoutEnabled = true, Verification = VerificationStatus.Verified, VerifiedAt = now,
                RegulaminVersion = regulaminVersion, RegulaminAcceptedAt = now, DataConsentAt = now,
            };
            DemoStaffSeeder.Check(await users.CreateAsync(user, password));
            await DemoAccounts.AppendAsync(options.Value.FullDataPath, tenantSlug, spec.Email, password, "mieszkaniec (zweryfikowany)", ct);
            created++;
        }
        return created;
    }
}
