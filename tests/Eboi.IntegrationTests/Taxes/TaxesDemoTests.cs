using Eboi.Core.Data;
using Eboi.Core.Tenancy;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Recipes;
using Eboi.Recipes.Sources;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Eboi.Taxes.Cards;
using Eboi.Taxes.Domain;
using Eboi.Core.Security;
using Eboi.Core.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Eboi.IntegrationTests.Taxes.TaxTestData;

namespace Eboi.IntegrationTests.Taxes;

/// <summary>
/// The recipes' demo.citizens and demo.taxes (seeded as ./eboi run does): per gmina two verified persons and a
/// company whose logins are in demo-accounts.txt, linked by PESEL/NIP to their taxpayers, with cards of different kinds,
/// one shared by the two persons, instalments partly paid and overdue ones with interest; applying again adds nothing.
/// </summary>
public sealed class TaxesDemoTests : FreshAppTest
{
    [Fact, System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Demo_citizens_get_linked_cards_with_paid_and_overdue_instalments_and_reapplying_adds_nothing()
    {
        var lines = (await File.ReadAllLinesAsync(Path.Combine(App.DataPath, "demo-accounts.txt"))).Select(l => l.Split('\t')).ToList();
        foreach (var gmina in new[] { "siedlec", "kozy", "pokrzywnica", "pulawy" })
            Assert.Equal(3, lines.Count(l => l[0] == gmina && l[3].StartsWith("mieszkaniec", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l[0] == "siedlec" && l[1] == "jan.kowalski@siedlec.eboi.localhost");

        const string Gmina = "siedlec";
        Guid jan;
        using (var scope = App.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentTenant>().Tenant = await scope.ServiceProvider.GetRequiredService<TenantRegistry>().FindBySlugAsync(Gmina);
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<EboiUser>>().FindByEmailAsync("jan.kowalski@siedlec.eboi.localhost");
            Assert.Equal(VerificationStatus.Verified, user!.Verification);
            jan = user.Id;
        }
        var taxpayers = await InTenantAsync(App, Gmina, db => db.Set<Taxpayer>().OrderBy(t => t.ExternalId).ToListAsync());
        Assert.Equal(3, taxpayers.Count);
        Assert.All(taxpayers, t => Assert.NotNull(t.UserId));
        Assert.Equal((jan, TaxpayerLink.Pesel), (taxpayers[0].UserId, taxpayers[0].LinkedBy));
        Assert.Equal(TaxpayerLink.Nip, taxpayers[2].LinkedBy);

        var cards = await InTenantAsync(App, Gmina, async db => await db.Set<TaxCard>()
            .Select(c => new { c.Id, c.Kind, c.BankAccount, Obligors = db.Set<CardObligor>().Count(o => o.CardId == c.Id), Subjects = db.Set<TaxSubject>().Count(s => s.CardId == c.Id) })
            .ToListAsync());
        Assert.Equal(4, cards.Count);
        Assert.Equal(4, cards.Select(c => c.Kind).Distinct().Count());
        Assert.Equal(2, cards.Single(c => c.Kind == TaxCardKind.LaczneZobowiazaniePieniezne).Obligors);
        Assert.All(cards, c => Assert.True(PolishIds.IsValidNrb(c.BankAccount) && c.Subjects > 0));
        var otherGminaAccounts = await InTenantAsync(App, "kozy", db => db.Set<TaxCard>().Select(c => c.BankAccount).ToListAsync());
        Assert.Empty(otherGminaAccounts.Intersect(cards.Select(c => c.BankAccount)));

        // Per person 2 cards; the shared card has last year's 3rd and 4th instalments overdue, with interest today.
        var janCards = await InTenantAsync(App, Gmina, db => db.Set<CardObligor>().CountAsync(o => o.TaxpayerId == taxpayers[0].Id));
        Assert.Equal(2, janCards);
        var shared = cards.Single(c => c.Kind == TaxCardKind.LaczneZobowiazaniePieniezne).Id;
        var ledger = await InTenantAsync(App, Gmina, async db =>
        {
            var today = Eboi.Core.Text.PolishTime.DateOf(DateTimeOffset.UtcNow);
            return await new CardLedger(db).LinesAsync(shared, today, CancellationToken.None);
        });
        Assert.Equal(8, ledger.Count);
        Assert.Contains(ledger, l => l.IsPaid);
        Assert.Contains(ledger, l => !l.IsPaid && l.Interest > 0);
        Assert.Equal(4, ledger.Count(l => l.Year == DateTime.UtcNow.Year));

        // Applying the recipe again with its demo section changes nothing.
        var before = await CountsAsync(Gmina);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<RecipeApplier>().ApplyAsync(
                RecipeSource.FromFile(Path.Combine(RecipePaths.FindRecipesFolder(), $"{Gmina}.recipe.json")), new RecipeApplyOptions(Slug: Gmina, Demo: true));
            Assert.Equal(0, result.Changes);
        }
        Assert.Equal(before, await CountsAsync(Gmina));
        Assert.Equal(lines.Count, (await File.ReadAllLinesAsync(Path.Combine(App.DataPath, "demo-accounts.txt"))).Length);
    }

    private Task<string> CountsAsync(string gmina) => InTenantAsync(App, gmina, async db => string.Join("|",
        await db.Set<Taxpayer>().CountAsync(), await db.Set<TaxCard>().CountAsync(), await db.Set<CardObligor>().CountAsync(),
        await db.Set<TaxSubject>().CountAsync(), await db.Set<TaxDecision>().CountAsync(), await db.Set<Instalment>().CountAsync(),
        await db.Set<TaxOperation>().CountAsync(), await db.Set<OperationAllocation>().CountAsync()));
}
