using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.Taxes.Domain;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Taxes;

/// <summary>A card written straight into the database: its owner (linked to an account or not), a co-obligor, a decision, instalments, subjects.</summary>
internal sealed record SeededCard(Guid CardId, string Number, Guid OwnerTaxpayerId, IReadOnlyList<Guid> Instalments);

/// <summary>Tax data and citizen accounts for the taxes tests, without the import (another slice's concern).</summary>
internal static class TaxCardSeed
{
    /// <summary>A valid NRB (domain-pl.md §5 vectors).</summary>
    public const string Account = "02109010141234567800000042";
    public const string CoObligorName = "Anna Współzobowiązana";
    public const string CoObligorPesel = "44051401458";

    public static string NewNumber() => $"N/{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}";

    /// <summary>A card owned by a taxpayer linked to <paramref name="owner"/> (null: unlinked), with one instalment per (due, amount).</summary>
    public static Task<SeededCard> CardAsync(TaxesApp app, string gmina, Guid? owner, params (DateOnly Due, decimal Amount)[] instalments) =>
        CardAsync(app, gmina, owner, NewNumber(), instalments);

    public static async Task<SeededCard> CardAsync(TaxesApp app, string gmina, Guid? owner, string number, params (DateOnly Due, decimal Amount)[] instalments)
    {
        var tenant = await app.TenantAsync(gmina);
        var now = DateTimeOffset.UtcNow;
        var suffix = Guid.NewGuid().ToString("N");
        var ownerTaxpayer = new Taxpayer
        {
            Id = Guid.NewGuid(), TenantId = tenant, ExternalId = "P-" + suffix, Name = "Jan Podatnik", UserId = owner,
            LinkedBy = owner is null ? null : TaxpayerLink.Staff, LinkedAt = owner is null ? null : now, UpdatedAt = now,
        };
        var coObligor = new Taxpayer { Id = Guid.NewGuid(), TenantId = tenant, ExternalId = "W-" + suffix, Name = CoObligorName, Pesel = CoObligorPesel, UpdatedAt = now };
        var year = instalments.Length > 0 ? instalments[0].Due.Year : 2026;
        var card = new TaxCard
        {
            Id = Guid.NewGuid(), TenantId = tenant, ExternalId = "K-" + suffix, Number = number, Kind = TaxCardKind.PodatekOdNieruchomosci,
            BankAccount = Account, Year = year, UpdatedAt = now,
        };
        var decision = new TaxDecision
        {
            Id = Guid.NewGuid(), TenantId = tenant, CardId = card.Id, ExternalId = "D-" + suffix, Number = $"PN.3120.{suffix[..4]}.{year}", IssuedOn = new DateOnly(year, 2, 10),
        };
        var rows = instalments.Select((x, i) => new Instalment
        {
            Id = Guid.NewGuid(), TenantId = tenant, CardId = card.Id, DecisionId = decision.Id, Title = "Podatek od nieruchomości",
            Year = x.Due.Year, Number = i + 1, StatutoryDueDate = x.Due, DueDate = x.Due, Amount = x.Amount,
        }).ToList();
        await app.InTenantAsync(gmina, async (db, _) =>
        {
            db.AddRange(ownerTaxpayer, coObligor);
            db.Add(card);
            db.AddRange(
                new CardObligor { Id = Guid.NewGuid(), TenantId = tenant, CardId = card.Id, TaxpayerId = ownerTaxpayer.Id },
                new CardObligor { Id = Guid.NewGuid(), TenantId = tenant, CardId = card.Id, TaxpayerId = coObligor.Id });
            db.Add(decision);
            db.AddRange(rows);
            db.AddRange(
                new TaxSubject { Id = Guid.NewGuid(), TenantId = tenant, CardId = card.Id, Position = 1, Description = "Budynek mieszkalny, ul. Lipowa 3", Area = 120.5m, Unit = "m²", Rate = 1.15m, Amount = 138.58m },
                new TaxSubject { Id = Guid.NewGuid(), TenantId = tenant, CardId = card.Id, Position = 2, Description = "Grunty pod budynkiem", Area = 0.125m, Unit = "ha", Class = "B", Rate = 0.99m, Amount = 1237.50m });
            await db.SaveChangesAsync();
            return true;
        });
        return new SeededCard(card.Id, number, ownerTaxpayer.Id, rows.Select(r => r.Id).ToList());
    }

    /// <summary>An operation from the tax system's import, allocated by the module's settler.</summary>
    public static Task AddImportedPaymentAsync(TaxesApp app, string gmina, Guid cardId, DateOnly date, decimal amount, string title) =>
        app.InTenantAsync(gmina, async (db, services) =>
        {
            var operation = new TaxOperation
            {
                Id = Guid.NewGuid(), TenantId = db.TenantId!.Value, CardId = cardId, ExternalId = "O-" + Guid.NewGuid().ToString("N"), Date = date,
                Amount = amount, Title = title, Source = OperationSources.Import, RecordedAt = DateTimeOffset.UtcNow,
            };
            await services.GetRequiredService<Eboi.Taxes.Settlement.InstalmentSettler>().SettleAsync(operation, [], default);
            await db.SaveChangesAsync();
            return true;
        });

    /// <summary>A citizen account (signed in by <see cref="StaffAccounts.SignInAsync"/>), verified by the office or not.</summary>
    public static async Task<(string Email, Guid Id)> CitizenAsync(TaxesApp app, string gmina, bool verified)
    {
        var (email, id) = await StaffAccounts.CreateAsync(app.App, gmina);
        if (!verified) return (email, id);
        await app.InTenantAsync(gmina, async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<EboiUser>>();
            var user = (await users.FindByIdAsync(id.ToString()))!;
            user.Verification = VerificationStatus.Verified;
            user.VerifiedAt = DateTimeOffset.UtcNow;
            Assert.True((await users.UpdateAsync(user)).Succeeded);
            return true;
        });
        return (email, id);
    }

    /// <summary>Turns every e-mail and SMS notification of the "platnosci" category off (/konto/powiadomienia).</summary>
    public static Task PaymentsNotificationsOffAsync(TaxesApp app, string gmina, Guid id) =>
        app.InTenantAsync(gmina, async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<EboiUser>>();
            var user = (await users.FindByIdAsync(id.ToString()))!;
            user.Notifications = new NotificationPreferences
            {
                Choices = Core.Notifications.NotificationCategories.All.Select(c => new NotificationChoice(c.Key, c.Key != Core.Notifications.NotificationCategories.Payments, false)).ToList(),
            };
            Assert.True((await users.UpdateAsync(user)).Succeeded);
            return true;
        });
}
